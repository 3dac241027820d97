import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { clearFaults, clearLog, configureEmulator, emulatorLog, injectFault, resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

async function apiRequests(path: string) {
  return (await emulatorLog({ service: 'api', path })).filter((e) => !e.preflight);
}

function rangeTab(page: Page, name: '4 weeks' | '6 months' | '1 year') {
  return page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name });
}

async function signedIn(page: Page, path?: string) {
  await signIn(page, path);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await clearLog();
}

test('a user missing from a development-mode app’s user list learns why and what to do', async ({ page }) => {
  await configureEmulator({ unregisteredUser: true });
  await signIn(page);
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading', { name: "This Spotify account isn't on the app's user list" })).toBeVisible();
  await expect(panel).toContainText('development mode allow only 5 users');
  await expect(panel).toContainText('User Management in the Spotify Developer Dashboard');
  await expect(panel.getByRole('link', { name: 'Use your own client ID' })).toHaveAttribute(
    'href',
    '/heavy-rotation/setup',
  );
  // Asking again cannot help: asked once, and no "Try again".
  await expect(panel.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect((await apiRequests('/me/top/tracks')).map((e) => e.status)).toEqual([403]);

  await panel.getByRole('link', { name: 'Use your own client ID' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Use your own Spotify client ID' })).toBeVisible();
});

test('a 403 for a missing scope offers to sign in again with that scope, and comes back to the page', async ({
  page,
}) => {
  // The user's sign-in never granted user-top-read: Spotify refuses the top lists with 403.
  await configureEmulator({ withheldScopes: ['user-top-read'] });
  await signIn(page, './artists?range=long_term');
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading', { name: 'Heavy Rotation needs one more permission' })).toBeVisible();
  expect((await apiRequests('/me/top/artists')).map((e) => e.status)).toContain(403);

  // This time the user allows it.
  await configureEmulator({ withheldScopes: [] });
  await panel.getByRole('button', { name: 'Sign in and allow access' }).click();
  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
  const authorize = new URL(page.url());
  expect(authorize.searchParams.get('scope')?.split(' ')).toEqual(['user-top-read']);
  expect(authorize.searchParams.get('show_dialog')).toBe('true');
  await page.getByRole('button', { name: 'Agree' }).click();

  await expect(page).toHaveURL(/\/heavy-rotation\/artists\?range=long_term$/);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
});

test('a 429 with Retry-After waits as long as Spotify asks, says so, and recovers by itself', async ({ page }) => {
  await signedIn(page);
  await injectFault({ target: 'api', path: '/me/top/tracks', kind: 'status', status: 429, retryAfter: 4 });
  await rangeTab(page, '1 year').click();

  await expect(page.getByRole('status').filter({ hasText: 'Spotify asked us to wait 4 seconds' })).toBeVisible();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText(/Spotify asked us to wait/)).toHaveCount(0);

  const requests = await apiRequests('/me/top/tracks');
  expect(requests.map((e) => e.status)).toEqual([429, 200]);
  // Back when Spotify said, not sooner (another 429) and not much later.
  const waited = requests[1]!.at - requests[0]!.at;
  expect(waited).toBeGreaterThanOrEqual(4000);
  expect(waited).toBeLessThan(5500);
});

test('a 429 without CORS headers (a bare network error in the browser) is retried with backoff until data comes', async ({
  page,
}) => {
  await signedIn(page);
  await injectFault({
    target: 'api',
    path: '/me/top/tracks',
    kind: 'status',
    status: 429,
    retryAfter: 1,
    cors: false,
    times: 2,
  });
  await rangeTab(page, '6 months').click();
  await expect(page.getByRole('status').filter({ hasText: "Spotify isn't answering yet" })).toBeVisible();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const requests = await apiRequests('/me/top/tracks');
  expect(requests.map((e) => e.status)).toEqual([429, 429, 200]);
  // Exponential: about 1 s, then about 2 s.
  expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(1000);
  expect(requests[2]!.at - requests[1]!.at).toBeGreaterThanOrEqual(2000);
});

test('5xx answers are retried with backoff, then an error panel whose "Try again" recovers', async ({ page }) => {
  await signedIn(page);
  // The first request and its three retries.
  await injectFault({ target: 'api', path: '/me/top/tracks', kind: 'status', status: 503, times: 4 });
  await rangeTab(page, '1 year').click();

  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading', { name: 'Spotify is having trouble' })).toBeVisible({ timeout: 15_000 });
  const requests = await apiRequests('/me/top/tracks');
  expect(requests.map((e) => e.status)).toEqual([503, 503, 503, 503]);
  const gaps = requests.slice(1).map((e, i) => e.at - requests[i]!.at);
  expect(gaps[0]).toBeGreaterThanOrEqual(1000);
  expect(gaps[1]).toBeGreaterThanOrEqual(2000);
  expect(gaps[2]).toBeGreaterThanOrEqual(4000);

  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('offline, the page says so and loads by itself when the network is back', async ({ page, context }) => {
  await signedIn(page);
  await context.setOffline(true);
  await rangeTab(page, '6 months').click();
  await expect(page.getByRole('status').filter({ hasText: "You're offline" })).toBeVisible();
  expect(await apiRequests('/me/top/tracks')).toEqual([]);

  await context.setOffline(false);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText("You're offline")).toHaveCount(0);
  expect((await apiRequests('/me/top/tracks')).map((e) => e.status)).toEqual([200]);
});

test('a dropped connection is retried and the page recovers without the user doing anything', async ({ page }) => {
  await signedIn(page);
  await injectFault({ target: 'api', path: '/me/top/artists', kind: 'network' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await expect(
    page
      .getByRole('list', { name: /^Your top artists/ })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const statuses = (await apiRequests('/me/top/artists')).map((e) => e.status);
  expect(statuses[0]).toBe(0);
  expect(statuses.at(-1)).toBe(200);
});

test('a connection that keeps dropping ends, after the retries, in a panel whose "Try again" recovers', async ({
  page,
}) => {
  // The browser's clock, so the backoff (about 1 + 2 + 4 + 8 s) passes without waiting for it.
  await page.clock.install();
  await signedIn(page);
  await injectFault({ target: 'api', path: '/me/top/tracks', kind: 'network', times: 100 });
  await rangeTab(page, '1 year').click();

  const panel = page.getByRole('alert');
  await expect(async () => {
    await page.clock.fastForward(5_000);
    await expect(panel.getByRole('heading', { name: "Couldn't reach Spotify" })).toBeVisible({ timeout: 250 });
  }).toPass();
  // Retried before giving up (how many entries exactly depends on the browser's own resends).
  expect((await apiRequests('/me/top/tracks')).filter((e) => e.status === 0).length).toBeGreaterThan(2);

  await clearFaults();
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
