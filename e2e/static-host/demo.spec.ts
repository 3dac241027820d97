// "Try the demo": the whole app against the emulator running inside the browser, answered
// by a service worker, on a GitHub-Pages-like host. No request reaches any other server.
import { expect, test, type Request } from '@playwright/test';
import { APP_BASE } from '../../playwright.config';
import { emulatorLog, resetEmulator } from '../support/emulator';
import { topList } from '../support/app';

test.beforeEach(async () => {
  await resetEmulator();
});

test('demo mode end to end: consent, top tracks with the demo badge, then leaving clears everything', async ({
  page,
}) => {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto('./');
  await expect(page.getByText('Demo data')).toHaveCount(0);
  await page.getByRole('button', { name: 'Try the demo' }).click();

  // The consent page, at the demo's /authorize below the app's base, served by the app.
  await expect(page).toHaveURL(new RegExp(`${APP_BASE}__demo/accounts/authorize\\?`));
  const authorize = new URL(page.url());
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('redirect_uri')).toBe(new URL(`${APP_BASE}account`, page.url()).href);
  await expect(
    page.getByRole('heading', { name: /Spotify emulator — Heavy Rotation \(demo\) wants access/ }),
  ).toBeVisible();
  await expect(page.getByRole('banner').getByText('Demo data')).toBeVisible();
  await page.getByRole('button', { name: 'Agree' }).click();

  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  await expect(page).toHaveURL(new RegExp(`${APP_BASE}tracks$`));
  const header = page.getByRole('banner');
  await expect(header.getByText('Demo data')).toBeVisible();
  await expect(header.getByRole('link', { name: /Signed in as Demo Listener/ })).toBeVisible();
  // Artwork comes from the demo too, same-origin.
  const img = topList(page).getByRole('listitem').first().getByRole('img');
  expect(await img.getAttribute('src')).toContain(`${APP_BASE}__demo/images/`);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);

  // The app's own PKCE exchange, once, at the demo's token endpoint, answered by the worker.
  const tokenRequests = requests.filter((r) => r.url().endsWith(`${APP_BASE}__demo/accounts/api/token`));
  expect(tokenRequests).toHaveLength(1);
  const form = new URLSearchParams(tokenRequests[0]!.postData() ?? '');
  expect(form.get('grant_type')).toBe('authorization_code');
  expect(form.get('code_verifier')?.length).toBeGreaterThanOrEqual(43);
  expect((await tokenRequests[0]!.response())?.fromServiceWorker()).toBe(true);
  const api = requests.filter((r) => r.url().includes(`${APP_BASE}__demo/api/v1/me/top/tracks`));
  expect(api.length).toBeGreaterThan(0);
  // Nothing went to the real (e2e) emulator.
  expect(await emulatorLog()).toEqual([]);

  await header.getByRole('button', { name: 'Leave demo' }).click();
  // Back on the landing page once the worker is gone.
  await expect(page.getByRole('heading', { level: 1 })).toContainText("can't stop playing");
  await expect(page).toHaveURL(new RegExp(`${APP_BASE.replace(/\/$/, '')}/?$`));
  await expect(page.getByRole('button', { name: 'Sign in with Spotify' })).toBeVisible();
  await expect(page.getByText('Demo data')).toHaveCount(0);
  const left = await page.evaluate(async () => ({
    keys: [...Object.keys(sessionStorage), ...Object.keys(localStorage)],
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left.keys.filter((key) => key.startsWith('heavy-rotation'))).toEqual([]);
  expect(left.workers).toBe(0);
  // Signed out: the real sign-in is back, pointing at the configured accounts service.
  await page.goto('./tracks');
  await expect(page.getByRole('heading', { name: 'Sign in to see this page' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await expect(page).toHaveURL(new RegExp(`^${process.env.EMULATOR_ACCOUNTS_URL}/authorize`));
});

test('the normal path downloads nothing of the demo: it is a separate, lazy chunk', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  const scripts = urls.filter((path) => path.endsWith('.js'));
  expect(scripts.some((path) => path.startsWith(`${APP_BASE}assets/index-`))).toBe(true);
  expect(scripts.filter((path) => /\/(worker|consent-route)-[\w-]+\.js$|mockServiceWorker/.test(path))).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('a reload keeps a demo session: the same list, still signed in, no consent again', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the demo' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  const rows = topList(page).getByRole('listitem');
  await expect(rows).toHaveCount(50);
  const first = await rows.first().locator('.item-title').innerText();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(rows).toHaveCount(50);
  expect(await rows.first().locator('.item-title').innerText()).toBe(first);
  const header = page.getByRole('banner');
  await expect(header.getByText('Demo data')).toBeVisible();
  await expect(header.getByRole('link', { name: /Signed in as Demo Listener/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in to see this page' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Agree' })).toHaveCount(0);
});
