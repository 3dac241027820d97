// The production build on a host without SPA rewrites, like GitHub Pages: unknown paths
// get 404.html (a copy of the app) with status 404, and the app must boot from it with
// the address, query included, intact.
import { expect, test } from '@playwright/test';
import { APP_BASE } from '../../playwright.config';
import { emulatorLog, resetEmulator } from '../support/emulator';
import { holdEntryScript, signIn, topList } from '../support/app';

test.beforeEach(async () => {
  await resetEmulator();
});

test('the host is strict: files only, and unknown paths answer 404.html with status 404', async ({ request }) => {
  const home = await request.get('./');
  expect(home.status()).toBe(200);
  expect(home.headers()['content-type']).toContain('text/html');
  const deep = await request.get('./tracks?range=short_term');
  expect(deep.status()).toBe(404);
  // The fallback is the app itself, with its assets at absolute, base-prefixed URLs.
  const html = await deep.text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).toMatch(new RegExp(`src="${APP_BASE}assets/index-[\\w-]+\\.js"`));
  const outside = await request.get('/tracks');
  expect(outside.status()).toBe(404);
  expect(await outside.text()).not.toContain('id="root"');
});

test('signs in with the /account callback at the sub-path, booted from the 404 fallback', async ({ page }) => {
  const callbacks: number[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname === `${APP_BASE}account` && url.searchParams.has('code')) callbacks.push(response.status());
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  const agree = page.getByRole('button', { name: 'Agree' });
  await expect(agree).toBeVisible();
  const authorize = new URL(page.url());
  await agree.click();

  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  await expect(page).toHaveURL(new RegExp(`${APP_BASE}tracks$`));
  // The host answered the callback with its 404 page; the app read code and state from the URL.
  expect(callbacks).toEqual([404]);
  expect(authorize.searchParams.get('redirect_uri')).toBe(new URL(`${APP_BASE}account`, page.url()).href);
  const exchanges = (await emulatorLog({ service: 'accounts', path: '/api/token' })).filter((e) => !e.preflight);
  expect(exchanges.map((e) => e.grantType)).toEqual(['authorization_code']);
});

test('the callback page sends the code exchange while it loads, before its code has arrived, and only once', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  const agree = page.getByRole('button', { name: 'Agree' });
  await expect(agree).toBeVisible();
  // From here on the app's entry script is held back until the exchange is seen.
  const { held, release } = await holdEntryScript(page);
  const exchanges = async () =>
    (await emulatorLog({ service: 'accounts', path: '/api/token' })).filter((e) => !e.preflight);
  await agree.click();

  await expect.poll(async () => (await exchanges()).length).toBe(1);
  expect(held).toHaveLength(1);
  release();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  await expect(page).toHaveURL(new RegExp(`${APP_BASE}tracks$`));
  expect((await exchanges()).map((e) => e.grantType)).toEqual(['authorization_code']);
  // The app took the answer: nothing of the sign-in is left behind for another script.
  const left = await page.evaluate(() => ({
    early: (window as unknown as Record<symbol, unknown>)[Symbol.for('heavy-rotation:code-exchange')],
    pending: sessionStorage.getItem('heavy-rotation:pending-sign-in'),
  }));
  expect(left).toEqual({ early: undefined, pending: null });
});

test('reloading a deep link keeps the page, its query and the session', async ({ page }) => {
  await signIn(page);
  await page.goto('./artists?range=long_term');
  const tabs = page.getByRole('navigation', { name: 'Time range' });
  await expect(tabs.getByRole('link', { name: '1 year' })).toHaveAttribute('aria-current', 'page');
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();

  const reload = await page.reload();
  expect(reload?.status()).toBe(404);
  await expect(page).toHaveURL(new RegExp(`${APP_BASE}artists\\?range=long_term$`));
  await expect(page.getByRole('heading', { name: 'Your top artists' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: '1 year' })).toHaveAttribute('aria-current', 'page');
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();

  // A nested path: the entry script and styles still load from the base.
  await topList(page).getByRole('listitem').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/artist\/\w+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('serves the favicon, robots.txt and a web manifest linked with the base-aware path', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe(`${APP_BASE}manifest.webmanifest`);
  const manifest = await request.get(href!);
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const json = (await manifest.json()) as { name: string; start_url: string; icons: { src: string }[] };
  expect(json.name).toBe('Heavy Rotation');
  const icon = await request.get(new URL(json.icons[0]!.src, manifest.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect((await request.get('./robots.txt')).status()).toBe(200);
});
