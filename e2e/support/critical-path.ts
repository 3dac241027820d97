// Measures the sign-in critical path: from the navigation to `/account?code=…` to the first
// track row painted, and the network work in between. Shared by the budget spec (counts only)
// and `npm run bench` (counts and timings).
import { expect, type Page } from '@playwright/test';
import type { EmulatorConfig, LogEntry } from '../../src/emulator/index.ts';

export interface EmulatorHandle {
  configure(partial: Partial<EmulatorConfig>): Promise<unknown>;
  log(): Promise<LogEntry[]>;
  clearLog(): Promise<unknown>;
}

export interface SignInPath {
  /** Milliseconds from the callback navigation to the first painted track row. */
  ms: number;
  /** `ms` divided by the emulator's latency: the round trips a user waits for. */
  ratio: number;
  /** Groups of requests that had to wait for the previous group. */
  sequentialRoundTrips: number;
  tokenRequests: number;
  meRequests: number;
  topTracksRequests: number;
  preflights: number;
  /** Where the time beyond the round trips goes: callback page boot, work after the token, render. */
  phases: { bootMs: number; afterTokenMs: number; renderMs: number };
  /** From the start of the frame that paints the first row to the end of that frame (style, layout, paint). */
  frameMs: number;
}

declare global {
  interface Window {
    __firstRowPaintedAt?: number;
    __firstRowAfterPaintAt?: number;
  }
}

/**
 * Records, in epoch ms, the frame in which the first track row was painted (its frame
 * callback, before that frame's style, layout and paint), and the end of that frame (a task
 * queued from the callback runs after the paint).
 */
export async function watchFirstRow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.track-row')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.__firstRowPaintedAt = performance.timeOrigin + performance.now();
        setTimeout(() => {
          window.__firstRowAfterPaintAt = performance.timeOrigin + performance.now();
        });
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * The JavaScript files (as `assets/…` paths) the signed-out start page loads: everything
 * requested until the network is quiet after the first visit to `path` (`./`, or a language's `./de/`).
 */
export async function signedOutScripts(page: Page, path = './'): Promise<string[]> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.replace(/^.*?\/assets\//, 'assets/'));
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return [...scripts];
}

/**
 * The English start page's JavaScript before the languages came (commit 8585d19, gzip level 9),
 * and what speaking nine languages may add to it.
 */
export const START_PAGE_BEFORE_LANGUAGES_BYTES = 78_548;
export const LANGUAGES_MAY_ADD_BYTES = 3 * 1024;

/** A language's catalog chunk (`assets/de-XXXXXXXX.js`), by the language's address segment. */
export function catalogChunkLanguage(file: string): string | undefined {
  return /^assets\/(es|pt-br|fr|de|it|nl|ja|ar)-[\w-]{8}\.js$/.exec(file)?.[1];
}

/** Arrivals closer than half a latency belong to the same round trip. */
function countRoundTrips(entries: LogEntry[], latencyMs: number): number {
  const times = entries.map((entry) => entry.at).sort((a, b) => a - b);
  let rounds = 0;
  let last = -Infinity;
  for (const at of times) {
    if (at - last > latencyMs / 2) rounds += 1;
    last = at;
  }
  return rounds;
}

/**
 * Signs in from the landing page (consent is given on the consent page when it shows, or
 * skipped when already granted) and measures the path after the callback. Call
 * `watchFirstRow(page)` once before the first navigation of the page.
 */
export async function measureSignIn(page: Page, emulator: EmulatorHandle, latencyMs: number): Promise<SignInPath> {
  await emulator.configure({ latencyMs: 0 });
  await page.goto('./');
  await page.getByRole('button', { name: /Sign in/ }).click();
  const agree = page.getByRole('button', { name: 'Agree' });
  const consent = await agree
    .waitFor({ timeout: 5000 })
    .then(() => true)
    .catch(() => false);
  // Only the path after the user's consent counts: slow the emulator down from here on.
  await emulator.configure({ latencyMs });
  await emulator.clearLog();
  if (consent) {
    await agree.click();
  } else {
    throw new Error('Expected the consent page; reset the emulator before measuring a cold sign-in.');
  }
  return firstRowPainted(page, emulator, latencyMs);
}

/**
 * A second sign-in in the same browser: consent is remembered and preflights may be cached.
 * Signs out first, or (`signOut: false`) starts again from the start page.
 */
export async function measureReturningSignIn(
  page: Page,
  emulator: EmulatorHandle,
  latencyMs: number,
  { signOut = true } = {},
): Promise<SignInPath> {
  await emulator.configure({ latencyMs: 0 });
  if (signOut) await page.getByRole('button', { name: 'Sign out' }).click();
  else await page.goto('./');
  await page.getByRole('button', { name: /Sign in/ }).waitFor();
  await emulator.configure({ latencyMs });
  await emulator.clearLog();
  await page.getByRole('button', { name: /Sign in/ }).click();
  return firstRowPainted(page, emulator, latencyMs);
}

async function firstRowPainted(page: Page, emulator: EmulatorHandle, latencyMs: number): Promise<SignInPath> {
  await expect(page.locator('.track-row').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => window.__firstRowAfterPaintAt !== undefined);
  const [paintedAt, afterPaintAt] = await page.evaluate(() => [
    window.__firstRowPaintedAt ?? 0,
    window.__firstRowAfterPaintAt ?? 0,
  ]);
  const log = await emulator.log();
  await emulator.configure({ latencyMs: 0 });
  return { ...summarise(log, paintedAt, latencyMs), frameMs: Math.round(afterPaintAt - paintedAt) };
}

function summarise(log: LogEntry[], paintedAt: number, latencyMs: number): Omit<SignInPath, 'frameMs'> {
  // The navigation to /account starts when the emulator answers the consent or authorize
  // request with its redirect: arrival plus the emulator's latency.
  const redirect = log.find(
    (e) =>
      e.service === 'accounts' &&
      !e.preflight &&
      (e.path.startsWith('/authorize') || e.method === 'POST') &&
      e.path !== '/api/token',
  );
  if (!redirect) throw new Error('No authorize request in the emulator log');
  const navigationStart = redirect.at + latencyMs;
  const after = log.filter((e) => e.at >= navigationStart - 1 && e.service !== 'images');
  const real = after.filter((e) => !e.preflight);
  const ms = paintedAt - navigationStart;
  const token = real.find((e) => e.path === '/api/token');
  const firstApi = after.find((e) => e.service === 'api');
  const lastApi = real.filter((e) => e.service === 'api').at(-1);
  const phases = {
    bootMs: Math.round((token?.at ?? navigationStart) - navigationStart),
    afterTokenMs: Math.round((firstApi?.at ?? 0) - ((token?.at ?? 0) + latencyMs)),
    renderMs: Math.round(paintedAt - ((lastApi?.at ?? 0) + latencyMs)),
  };
  return {
    ms: Math.round(ms),
    ratio: Math.round((ms / latencyMs) * 100) / 100,
    sequentialRoundTrips: countRoundTrips(after, latencyMs),
    tokenRequests: real.filter((e) => e.path === '/api/token').length,
    meRequests: real.filter((e) => e.service === 'api' && e.path === '/me').length,
    topTracksRequests: real.filter((e) => e.service === 'api' && e.path === '/me/top/tracks').length,
    preflights: after.filter((e) => e.preflight).length,
    phases,
  };
}
