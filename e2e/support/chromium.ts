// The browser for tests and the benchmark. Playwright can't download its browsers on every
// machine: use the system Chromium (Debian's package) when present, Playwright's own otherwise.
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

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
