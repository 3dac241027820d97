// @vitest-environment node
// The no-literal-text rule, proved on the real config: literal user-visible text in a component
// fails lint; text through the catalogs, brand names and code strings do not.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const RULE = 'heavy-rotation/no-literal-text';

async function problems(code: string, file = 'src/features/top-items/example.tsx'): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result!.messages.filter((message) => message.ruleId === RULE).length;
}

// The first lint loads the whole config and its plugins: seconds on a busy machine.
describe('literal user-visible text', { timeout: 60_000 }, () => {
  it.each([
    ['JSX text', 'export const A = () => <p>Your top tracks</p>;'],
    ['a label', 'export const A = () => <button aria-label="Close">x</button>;'],
    ['a title', "export const A = () => <span title={'Ranked by plays'} />;"],
    ['a table of sentences', "export const TEXT = { denied: 'You cancelled the sign-in.' };"],
    ['a sentence in a template', 'export const text = (n: number) => `Showing ${n} tracks`;'],
  ])('fails lint: %s', async (_name, code) => {
    expect(await problems(code)).toBeGreaterThan(0);
  });

  it.each([
    [
      'a message',
      "import { t } from '../../i18n/i18n';\nimport { m } from './messages';\nexport const A = () => <p>{t(m.title)}</p>;",
    ],
    ['a brand name', 'export const A = () => <span>Heavy Rotation · Spotify</span>;'],
    [
      'code strings',
      "export const A = () => <div className=\"page landing\" role=\"list\" data-state={'Open now' === 'x' ? 'a' : 'b'} />;",
    ],
    ['an error for developers', "export function f() { throw new Error('Expected one chunk, found none'); }"],
    ['punctuation and numbers', 'export const A = () => <span>· 3 / 10 ·</span>;'],
  ])('passes: %s', async (_name, code) => {
    expect(await problems(code)).toBe(0);
  });

  it('leaves the messages files, where English belongs, alone', async () => {
    const code =
      "import { defineMessages } from '../../i18n/i18n';\nexport const m = defineMessages('x', { title: 'Your top tracks' });";
    expect(await problems(code, 'src/features/top-items/messages.ts')).toBe(0);
  });
});
