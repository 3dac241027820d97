// The browser for tests and the benchmark. Playwright can't download its browsers on every
// machine: use the one CHROMIUM_PATH names, else the system Chromium (Debian's package),
// else Playwright's own. With none of them, the suite stops before it builds anything.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumSearch {
  /** The browser found, or undefined. */
  path: string | undefined;
  /** Every place looked at, in order, with what it is. */
  looked: string[];
}

/**
 * Where the browser is. A CHROMIUM_PATH is taken at its word: when it names nothing, no
 * other browser stands in for the one asked for.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightChromium: () => string = () => chromium.executablePath(),
): ChromiumSearch {
  const candidates: [string, string][] = env.CHROMIUM_PATH
    ? [[env.CHROMIUM_PATH, 'CHROMIUM_PATH']]
    : [
        [DEBIAN_CHROMIUM, "Debian's package"],
        [playwrightChromium(), "Playwright's own"],
      ];
  return {
    path: candidates.find(([path]) => exists(path))?.[0],
    looked: candidates.map(([path, what]) => `${path} (${what})`),
  };
}

/** The one message for a machine without a browser: where we looked, and how to get one. */
export function missingChromiumMessage(looked: string[]): string {
  return (
    `No Chromium for the end-to-end tests: looked at ${looked.join(', ')}; none is there. ` +
    'Install one with `sudo apt-get install chromium` on Debian/Ubuntu, or `npx playwright install chromium` ' +
    'elsewhere (or set CHROMIUM_PATH to a Chromium you have), then run the tests again.'
  );
}

/** The browser's path; without one, says so once and ends the run (before any server starts). */
export function requireChromium(search: ChromiumSearch = findChromium()): string {
  if (search.path) return search.path;
  console.error(missingChromiumMessage(search.looked));
  process.exit(1);
}

/** The browser found, for the benchmark (which reports its own failure to launch). */
export const chromiumPath = findChromium().path;

/** Headless on a closed network: nothing in the background may try to reach the internet. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
