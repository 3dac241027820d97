// Deterministic performance budgets, checked on every CI run: bytes of JavaScript, requests
// on the sign-in path and the round trips between them. Timings live in `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import {
  catalogChunkLanguage,
  LANGUAGES_MAY_ADD_BYTES,
  measureReturningSignIn,
  measureSignIn,
  signedOutScripts,
  START_PAGE_BEFORE_LANGUAGES_BYTES,
  watchFirstRow,
  type EmulatorHandle,
} from './support/critical-path';
import { clearLog, configureEmulator, emulatorLog, resetEmulator } from './support/emulator';

const KB = 1024;
const distDir = `dist-e2e-${process.env.E2E_PORT_BASE ?? 4100}`;
const emulator: EmulatorHandle = { configure: configureEmulator, log: () => emulatorLog(), clearLog };

test.beforeEach(async () => {
  await resetEmulator();
});

function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
}

// The prerendered start page hydrates without react-router and TanStack Query: both, and
// every signed-in view, load only when the router app boots.
const SIGNED_OUT_BUDGET_KB = 100;

test(`the signed-out page loads at most ${SIGNED_OUT_BUDGET_KB} KB of gzipped JavaScript, none of it the router or TanStack Query`, async ({
  page,
}) => {
  const scripts = await signedOutScripts(page);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, file) => sum + gzipSize(file), 0);
  expect(bytes).toBeLessThanOrEqual(SIGNED_OUT_BUDGET_KB * KB);
  for (const file of scripts) {
    const code = readFileSync(join(distDir, file), 'utf8');
    expect(code).not.toContain('QueryClient');
    // react-router's own error text, present wherever its router is bundled.
    expect(code).not.toContain('useNavigate() may be used only in the context of a <Router> component.');
  }
});

test('English costs the start page at most 3 KB of JavaScript, and each language loads its own catalog alone', async ({
  page,
}) => {
  const english = await signedOutScripts(page);
  const bytes = english.reduce((sum, file) => sum + gzipSize(file), 0);
  expect(bytes - START_PAGE_BEFORE_LANGUAGES_BYTES).toBeLessThanOrEqual(LANGUAGES_MAY_ADD_BYTES);
  expect(english.map(catalogChunkLanguage).filter(Boolean)).toEqual([]);
  for (const segment of ['de', 'ja', 'ar']) {
    const other = await page.context().newPage();
    const scripts = await signedOutScripts(other, `./${segment}/`);
    expect(scripts.map(catalogChunkLanguage).filter(Boolean)).toEqual([segment]);
    await other.close();
  }
});

test('the signed-out page paints before it asks for any JavaScript, then comes alive', async ({ page }) => {
  await page.goto('./', { waitUntil: 'networkidle' });
  const { paint, scripts } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
  expect(paint).toBeGreaterThan(0);
  expect(scripts.length).toBeGreaterThan(0);
  expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint!);
  // Hydrated: the sign-in button leaves for the consent page.
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
});

test('visiting every page loads at most 160 KB of gzipped JavaScript', async ({ page }) => {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) loaded.add(path.replace(/^.*?\/assets\//, 'assets/'));
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(page.locator('.track-row').first()).toBeVisible();
  for (const range of ['6 months', '1 year']) {
    await page.getByRole('link', { name: range }).click();
    await expect(page.getByRole('link', { name: range })).toHaveAttribute('aria-current', 'page');
  }
  await page.getByRole('link', { name: 'Top artists' }).click();
  await page.locator('a.item-title').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('./no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const bytes = [...loaded].reduce((sum, file) => sum + gzipSize(file), 0);
  expect(loaded.size).toBeGreaterThan(1);
  expect(bytes).toBeLessThanOrEqual(160 * KB);
});

test('signing in costs one token request, one /me and one top-tracks request, in three round trips (two when preflights are cached)', async ({
  page,
}) => {
  await watchFirstRow(page);
  const cold = await measureSignIn(page, emulator, 200);
  expect(cold).toMatchObject({ tokenRequests: 1, meRequests: 1, topTracksRequests: 1, preflights: 2 });
  expect(cold.sequentialRoundTrips).toBe(3);

  const warm = await measureReturningSignIn(page, emulator, 200);
  expect(warm).toMatchObject({ tokenRequests: 1, meRequests: 1, topTracksRequests: 1, preflights: 0 });
  expect(warm.sequentialRoundTrips).toBe(2);
});

test('switching to a range already visited sends no request', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(page.locator('.track-row').first()).toBeVisible();
  await page.getByRole('link', { name: '1 year' }).click();
  await expect(page.getByText('From the last year')).toBeVisible();
  await expect(page.locator('.track-row').first()).toBeVisible();
  await clearLog();
  await page.getByRole('link', { name: '4 weeks' }).click();
  await expect(page.getByText('From the last 4 weeks')).toBeVisible();
  await page.getByRole('link', { name: '1 year' }).click();
  await expect(page.getByText('From the last year')).toBeVisible();
  expect((await emulatorLog({ service: 'api' })).length).toBe(0);
});
