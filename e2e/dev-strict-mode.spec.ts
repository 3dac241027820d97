// `npm run dev` with no client ID: React in development mode under <StrictMode>, and the
// emulator embedded in the dev server. Signing in must exchange the code once, however
// often React runs effects and however often the callback URL is loaded.
import { expect, test } from '@playwright/test';
import { createEmulatorControl } from './support/emulator';

const DEV_URL = process.env.E2E_DEV_URL ?? 'http://127.0.0.1:4174';
const emulator = createEmulatorControl(`${DEV_URL}/__emulator/control`);

test.beforeEach(async () => {
  await emulator.resetEmulator();
});

async function codeExchanges() {
  const log = await emulator.emulatorLog({ service: 'accounts', path: '/api/token' });
  return log.filter((e) => !e.preflight).map((e) => [e.grantType, e.status]);
}

test('in development (StrictMode), signing in exchanges the code exactly once, and reloading the callback URL does not exchange it again', async ({
  page,
}) => {
  await page.goto('./');
  // The development build, with the emulator on the dev server's own origin.
  expect(await page.locator('script[src="/@vite/client"]').count()).toBe(1);
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await expect(page).toHaveURL(new RegExp(`^${DEV_URL}/__emulator/accounts/authorize\\?`));

  const callback = page.waitForRequest((r) => r.isNavigationRequest() && new URL(r.url()).pathname === '/account');
  await page.getByRole('button', { name: 'Agree' }).click();
  const callbackUrl = (await callback).url();
  expect(new URL(callbackUrl).searchParams.get('code')).toBeTruthy();

  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(page).toHaveURL(`${DEV_URL}/tracks`);
  expect(await codeExchanges()).toEqual([['authorization_code', 200]]);

  // Back to the callback URL, as a reload or a restored tab would: still signed in, no new exchange.
  await page.goto(callbackUrl);
  await expect(page).toHaveURL(`${DEV_URL}/tracks`);
  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /Signed in as/ })).toBeVisible();
  expect(await codeExchanges()).toEqual([['authorization_code', 200]]);
});

test('the README’s first command walks the whole app: sign in, switch range, top artists, an artist, sign out', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  const list = page.getByRole('list', { name: /^Your top tracks/ });
  await expect(list.getByRole('listitem')).toHaveCount(50);
  // Artwork comes from the emulator, on the dev server's own origin.
  await expect(list.getByRole('img').first()).toHaveJSProperty('complete', true);
  expect(
    await list
      .getByRole('img')
      .first()
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);

  await page.getByRole('link', { name: '6 months' }).click();
  await expect(page).toHaveURL(/range=medium_term/);
  await expect(page.getByText('From the last 6 months')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  const artists = page.getByRole('list', { name: /^Your top artists/ });
  const first = artists.locator('a.item-title').first();
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Spotify' })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('heavy-rotation'))),
  ).toEqual([]);
});
