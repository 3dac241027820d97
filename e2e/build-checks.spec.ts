// Checks on the production build the app server serves (playwright.config.ts builds it
// into E2E_BUILD_DIR before any spec runs): a normal visit loads no emulator code,
// nothing in the build looks like a client secret, and the signed-in path carries V8's compile hint.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { COMPILE_HINT } from '../src/build-config/compile-hint.ts';

/** The repository: where playwright.config.ts is. */
function root(): string {
  return path.dirname(test.info().config.configFile ?? path.resolve('playwright.config.ts'));
}

function buildDir(): string {
  return path.resolve(root(), process.env.E2E_BUILD_DIR ?? 'dist');
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Static imports and re-exports of sibling chunks (`import{a as b}from"./x.js"`, `import"./y.js"`); not `import()`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/**
 * The chunks a normal visit loads: the scripts the start page (index.html, whose loader
 * names them) and every other page (404.html) load and preload, and what they import statically.
 */
function chunksOfANormalVisit(dir: string): Map<string, string> {
  const queue = ['index.html', '404.html'].flatMap((page) =>
    [...readFileSync(path.join(dir, page), 'utf8').matchAll(/\/(assets\/[\w.-]+\.js)\b/g)].map((match) =>
      path.join(dir, match[1]!),
    ),
  );
  const loaded = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (loaded.has(file)) continue;
    const code = readFileSync(file, 'utf8');
    loaded.set(file, code);
    for (const match of code.matchAll(STATIC_IMPORT)) queue.push(path.resolve(path.dirname(file), match[1]!));
  }
  return loaded;
}

// Strings only the emulator has: its consent page, and its Accounts and Web API errors.
const EMULATOR_MARKERS = [
  'Spotify emulator',
  'code_verifier was incorrect',
  'Invalid base62 id',
  'Refresh token revoked',
];

test('a normal visit loads no emulator code: the entry chunk and its static imports hold none of it', () => {
  const chunks = chunksOfANormalVisit(buildDir());
  const code = [...chunks.values()].join('\n');
  // Sanity: this is the app (its token store is in the entry), found through the pages.
  expect(chunks.size).toBeGreaterThan(0);
  expect(code).toContain('heavy-rotation:session');
  for (const marker of EMULATOR_MARKERS) {
    expect([...chunks].filter(([, text]) => text.includes(marker)).map(([file]) => path.basename(file))).toEqual([]);
  }
});

test('nothing in the build is shaped like a client secret', () => {
  const dir = buildDir();
  // Public 32-hex values the project declares: client IDs (the configured one among them), and the
  // in-browser demo's service-worker integrity checksum (MSW's, in public/). Any other is unexpected.
  const declared = new Set(
    [...filesBelow(path.join(root(), 'src')), ...filesBelow(path.join(root(), 'public'))]
      .filter((file) => /\.(tsx?|js)$/.test(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/(?:CLIENT_ID|INTEGRITY_CHECKSUM)\s*=\s*'([0-9a-f]{32})'/g)].map(
          (m) => m[1]!,
        ),
      ),
  );
  expect(declared).toContain('c0ffee00c0ffee00c0ffee00c0ffee00');
  const texts = filesBelow(dir)
    .filter((file) => /\.(js|html|css|json|webmanifest|svg|txt)$/.test(file))
    .map((file) => [path.relative(dir, file), readFileSync(file, 'utf8')] as const);
  expect(texts.some(([file]) => file.endsWith('.js'))).toBe(true);

  for (const [file, text] of texts) {
    expect(text, `${file} mentions client_secret`).not.toMatch(/client[_-]?secret/i);
    // "Basic " + base64(id:secret), as a template, a concatenation or a literal.
    expect(text, `${file} builds a Basic Authorization header`).not.toMatch(
      /Basic\s*(?:\$\{|["'`]\s*\+)|Basic\s+[A-Za-z0-9+/]{20,}={0,2}/,
    );
    const hex = [...text.matchAll(/(?<![0-9A-Za-z])[0-9a-fA-F]{32}(?![0-9A-Za-z])/g)].map((m) => m[0].toLowerCase());
    expect(
      hex.filter((value) => !declared.has(value)),
      `${file} holds 32-hex strings`,
    ).toEqual([]);
  }
});

test('the code only a signed-in list runs carries the compile hint; the entry and the start page’s code do not', () => {
  const dir = buildDir();
  const scripts = (page: string) =>
    [...readFileSync(path.join(dir, page), 'utf8').matchAll(/\/(assets\/[\w.-]+\.js)\b/g)].map((m) => m[1]!);
  const entry = /<script type="module" crossorigin src="[^"]*\/(assets\/[\w.-]+\.js)"/.exec(
    readFileSync(path.join(dir, '404.html'), 'utf8'),
  )?.[1];
  expect(entry).toBeDefined();
  const entryImports = [...readFileSync(path.join(dir, entry!), 'utf8').matchAll(STATIC_IMPORT)].map((m) =>
    path.join('assets', m[1]!),
  );
  // The start page's loader names its scripts (the entry among them); 404.html preloads the signed-in app's.
  const startPage = new Set([...scripts('index.html'), ...entryImports]);
  const signedInOnly = scripts('404.html').filter((file) => !startPage.has(file));
  expect(startPage.has(entry!)).toBe(true);
  expect(signedInOnly.length).toBeGreaterThan(3);
  const hinted = (file: string) => readFileSync(path.join(dir, file), 'utf8').startsWith(`${COMPILE_HINT}\n`);
  expect(signedInOnly.filter((file) => !hinted(file))).toEqual([]);
  expect([...startPage].filter(hinted)).toEqual([]);
});
