// @vitest-environment node
// The import boundaries of eslint.config.js, proved on the real config and the real tree:
// each case lints one small module as if it sat at `file`, importing a module that exists.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A module (not a test) inside `dir`, as the specifier a file at `from` would write. */
function moduleIn(dir: string, from: string): string {
  const first = (folder: string): string | undefined => {
    const entries = readdirSync(join(root, folder), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      const path = `${folder}/${entry.name}`;
      if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) return path;
    }
    for (const entry of entries) {
      const found = entry.isDirectory() ? first(`${folder}/${entry.name}`) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const target = first(dir);
  if (!target) throw new Error(`No module in ${dir} to import`);
  const specifier = relative(join(root, from, '..'), join(root, target)).replace(/\.tsx?$/, '');
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

const [feature, otherFeature] = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Case {
  name: string;
  file: string;
  imports: string;
}

/** `file` importing a module of `dir`. */
const importing = (name: string, file: string, dir: string): Case => ({ name, file, imports: moduleIn(dir, file) });

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
});

async function restrictedPathErrors({ file, imports }: Case): Promise<string[]> {
  const code = `import * as imported from '${imports}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  expect(result?.fatalErrorCount, `${file} parses`).toBe(0);
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  const forbidden: [Case, RegExp][] = [
    [
      importing(
        'a feature importing another feature',
        `src/features/${feature}/fixture.ts`,
        `src/features/${otherFeature}`,
      ),
      new RegExp(`Features do not import each other: move what ${feature} shares`),
    ],
    [importing('a feature importing the app', `src/features/${feature}/fixture.ts`, 'src/app'), /Imports flow app →/],
    [
      importing('components importing a feature', 'src/components/fixture.ts', `src/features/${feature}`),
      /Imports flow app →/,
    ],
    [importing('components importing the app', 'src/components/fixture.ts', 'src/app'), /Imports flow app →/],
    [importing('spotify importing the app', 'src/spotify/fixture.ts', 'src/app'), /Imports flow app →/],
    [importing('auth importing a feature', 'src/auth/fixture.ts', `src/features/${feature}`), /Imports flow app →/],
    [importing('config importing components', 'src/config.ts', 'src/components'), /Imports flow app →/],
    [
      importing('the app importing the emulator', 'src/app/fixture.ts', 'src/emulator'),
      /only through the lazy demo entry/,
    ],
    [
      importing('the boot module importing the emulator', 'src/main.ts', 'src/emulator'),
      /only through the lazy demo entry/,
    ],
    [
      importing('spotify importing the emulator', 'src/spotify/fixture.ts', 'src/emulator'),
      /only through the lazy demo entry/,
    ],
    [importing('the emulator importing the app', 'src/emulator/fixture.ts', 'src/app'), /stands apart from the app/],
  ];
  it.each(forbidden)('fails lint: $name', async (fixture, message) => {
    const errors = await restrictedPathErrors(fixture);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  const allowed: Case[] = [
    importing('a feature importing its own module', `src/features/${feature}/fixture.ts`, `src/features/${feature}`),
    importing('a feature importing the API layer', `src/features/${feature}/fixture.ts`, 'src/spotify'),
    importing('a feature importing shared components', `src/features/${feature}/fixture.ts`, 'src/components'),
    importing('the app importing a feature', 'src/app/fixture.ts', `src/features/${feature}`),
    importing('components importing auth', 'src/components/fixture.ts', 'src/auth'),
    importing('the demo entry importing the emulator', 'src/demo/fixture.ts', 'src/emulator'),
    importing('a unit test importing the emulator', `src/features/${feature}/fixture.test.ts`, 'src/emulator'),
    importing('test support importing the emulator', 'src/test/fixture.ts', 'src/emulator'),
  ];
  it.each(allowed)('passes lint: $name', async (fixture) => {
    expect(await restrictedPathErrors(fixture)).toEqual([]);
  });

  it('fails lint on a feature test importing another feature', async () => {
    const errors = await restrictedPathErrors(
      importing('', `src/features/${feature}/fixture.test.ts`, `src/features/${otherFeature}`),
    );
    expect(errors).toHaveLength(1);
  });

  it('checks every source file for import cycles', async () => {
    for (const file of ['src/main.ts', `src/features/${feature}/fixture.tsx`, 'src/emulator/fixture.ts', 'e2e/x.ts']) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as { rules: Record<string, unknown[]> };
      expect(config.rules['import-x/no-cycle']?.[0], file).toBe(2);
    }
  });
});
