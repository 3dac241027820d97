import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import {
  advanceClock,
  clearLog,
  emulatorLog,
  injectFault,
  resetEmulator,
  revokeRefreshTokens,
} from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

/** Token requests with grant_type=refresh_token, oldest first. */
async function refreshes() {
  return (await emulatorLog({ service: 'accounts', path: '/api/token' })).filter(
    (e) => !e.preflight && e.grantType === 'refresh_token',
  );
}

async function apiRequests(path = '/') {
  return (await emulatorLog({ service: 'api', path })).filter((e) => !e.preflight);
}

function rangeTab(page: Page, name: '4 weeks' | '6 months' | '1 year') {
  return page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name });
}

async function expectList(page: Page) {
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
}

test('an access token that expired at Spotify is refreshed once for all requests in flight, unseen by the user', async ({
  page,
}) => {
  await signIn(page, './artists?range=long_term');
  await expectList(page);

  // An hour passes at Spotify; the tab still believes its token is good.
  await advanceClock(3601);
  await clearLog();
  // A reload sends /me (header) and /me/top/artists (list) together with the expired token.
  await page.reload();
  await expectList(page);
  await expect(page.getByRole('banner').getByRole('link', { name: /Signed in as Demo Listener/ })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const api = await apiRequests();
  expect(
    api
      .filter((e) => e.status === 401)
      .map((e) => e.path)
      .sort(),
  ).toEqual(['/me', '/me/top/artists']);
  expect(
    api
      .filter((e) => e.status === 200)
      .map((e) => e.path)
      .sort(),
  ).toEqual(['/me', '/me/top/artists']);
  expect((await refreshes()).map((e) => e.status)).toEqual([200]);
});

test('refreshes just before expiry on the browser clock, and keeps the refresh token for the next time', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page);
  await expectList(page);
  await clearLog();

  // 59:10 into the hour by the browser's clock: inside the refresh margin, still valid at Spotify.
  await page.clock.fastForward('59:10');
  await rangeTab(page, '6 months').click();
  await expect(rangeTab(page, '6 months')).toHaveAttribute('aria-current', 'page');
  await expectList(page);
  expect((await refreshes()).map((e) => e.status)).toEqual([200]);
  // Refreshed before sending, so Spotify never had to say 401.
  expect((await apiRequests()).map((e) => e.status)).not.toContain(401);

  // The refresh answer had no refresh_token: the next refresh must still work with the old one.
  await page.clock.fastForward('59:10');
  await rangeTab(page, '1 year').click();
  await expect(rangeTab(page, '1 year')).toHaveAttribute('aria-current', 'page');
  await expectList(page);
  expect((await refreshes()).map((e) => e.status)).toEqual([200, 200]);
  expect((await apiRequests()).map((e) => e.status)).not.toContain(401);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a revoked refresh token ends the session with an explanation; signing in again returns to the same page', async ({
  page,
}) => {
  await signIn(page, './artists?range=medium_term');
  await expectList(page);
  await revokeRefreshTokens();
  await advanceClock(3601);

  await rangeTab(page, '1 year').click();
  await expect(page.getByRole('heading', { name: 'Your session ended' })).toBeVisible();
  await expect(page.getByText(/sign-ins last up to six months/)).toBeVisible();
  await expect(page).toHaveURL(/\/heavy-rotation\/artists\?range=long_term$/);
  expect((await refreshes()).map((e) => e.status)).toEqual([400]);

  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/heavy-rotation\/artists\?range=long_term$/);
  await expect(rangeTab(page, '1 year')).toHaveAttribute('aria-current', 'page');
  await expectList(page);
});

test('six months after signing in the refresh token expires: the session ends, and signing in again comes back', async ({
  page,
}) => {
  await signIn(page, './tracks?range=long_term');
  await expectList(page);
  await advanceClock(183 * 24 * 3600);

  await rangeTab(page, '4 weeks').click();
  await expect(page.getByRole('heading', { name: 'Your session ended' })).toBeVisible();
  await expect(page).toHaveURL(/\/heavy-rotation\/tracks\?range=short_term$/);
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/heavy-rotation\/tracks\?range=short_term$/);
  await expectList(page);
});

test('a 401 for a fresh token gets one refresh and one retry, then the signed-out screen', async ({ page }) => {
  await signIn(page);
  await expectList(page);
  await clearLog();
  await injectFault({ target: 'api', path: '/me/top/tracks', kind: 'status', status: 401, times: 2 });

  await rangeTab(page, '6 months').click();
  await expect(page.getByRole('heading', { name: 'Spotify no longer accepts this sign-in' })).toBeVisible();
  expect((await apiRequests('/me/top/tracks')).map((e) => e.status)).toEqual([401, 401]);
  expect((await refreshes()).map((e) => e.status)).toEqual([200]);

  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/heavy-rotation\/tracks\?range=medium_term$/);
  await expectList(page);
});
