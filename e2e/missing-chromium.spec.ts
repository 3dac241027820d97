// On a machine without a browser, the suite stops at once with one message that says where
// it looked and how to get one, instead of building the app and failing every test.
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { DEBIAN_CHROMIUM, findChromium, missingChromiumMessage } from './support/chromium';

const PLAYWRIGHTS = '/home/someone/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const nothing = () => false;

test('finds CHROMIUM_PATH alone, else Debian’s Chromium, else Playwright’s own', () => {
  const playwrights = () => PLAYWRIGHTS;
  const on =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  expect(findChromium({}, on(DEBIAN_CHROMIUM, PLAYWRIGHTS), playwrights).path).toBe(DEBIAN_CHROMIUM);
  expect(findChromium({}, on(PLAYWRIGHTS), playwrights).path).toBe(PLAYWRIGHTS);
  expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, on('/opt/c', DEBIAN_CHROMIUM), playwrights).path).toBe('/opt/c');
  // A CHROMIUM_PATH that names nothing is not quietly replaced by another browser.
  const missing = findChromium({ CHROMIUM_PATH: '/opt/c' }, on(DEBIAN_CHROMIUM, PLAYWRIGHTS), playwrights);
  expect(missing).toEqual({ path: undefined, looked: ['/opt/c (CHROMIUM_PATH)'] });

  const none = findChromium({}, nothing, playwrights);
  expect(none.path).toBeUndefined();
  const message = missingChromiumMessage(none.looked);
  expect(message).toContain(`${DEBIAN_CHROMIUM} (Debian's package), ${PLAYWRIGHTS} (Playwright's own)`);
  expect(message).toContain('apt-get install chromium');
  expect(message).toContain('npx playwright install chromium');
  expect(message).not.toContain('\n');
});

test('npm run test:e2e without a browser exits non-zero within a minute, with the one message', async () => {
  test.setTimeout(90_000);
  const nowhere = '/nonexistent/chromium';
  const started = Date.now();
  const run = spawn('npm', ['run', 'test:e2e'], {
    env: { ...process.env, CHROMIUM_PATH: nowhere, PLAYWRIGHT_BROWSERS_PATH: '/nonexistent/ms-playwright' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  run.stdout.on('data', (chunk: Buffer) => (output += chunk));
  run.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => run.on('close', resolve));

  expect(code).not.toBe(0);
  expect(Date.now() - started).toBeLessThan(60_000);
  const message = missingChromiumMessage([`${nowhere} (CHROMIUM_PATH)`]);
  expect(output.split(message)).toHaveLength(2);
  // Stopped before Playwright ran (or built) anything.
  expect(output).not.toMatch(/Running \d+ tests?|Executable doesn't exist/);
});
