import { expect, test } from '@playwright/test';
import { emulatorLog, resetEmulator } from './support/emulator';
import { holdEntryScript, signIn, topList } from './support/app';

test.beforeEach(async () => {
  await resetEmulator();
});

test('signs in through the consent page with exactly one code exchange, leaving no code in the URL', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText("can't stop playing");
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();

  // The emulator's consent page, on its own origin.
  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
  const authorize = new URL(page.url());
  expect(authorize.origin + authorize.pathname).toBe(`${process.env.EMULATOR_ACCOUNTS_URL}/authorize`);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('scope')).toContain('user-top-read');
  await page.getByRole('button', { name: 'Agree' }).click();

  await expect(page.getByRole('heading', { name: 'Your top tracks' })).toBeVisible();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  await expect(page).toHaveURL(/\/heavy-rotation\/tracks$/);
  expect(page.url()).not.toContain('code=');
  expect(page.url()).not.toContain('state=');

  const exchanges = (await emulatorLog({ service: 'accounts', path: '/api/token' })).filter((e) => !e.preflight);
  expect(exchanges.map((e) => e.grantType)).toEqual(['authorization_code']);

  const storage = await page.evaluate(() => ({
    session: Object.entries(sessionStorage),
    local: Object.entries(localStorage),
    cookie: document.cookie,
    history: history.length,
  }));
  const sessionJson = storage.session.find(([key]) => key.includes('session'))?.[1] ?? '';
  const token = (JSON.parse(sessionJson) as { accessToken: string }).accessToken;
  expect(token.length).toBeGreaterThan(10);
  expect(JSON.stringify(storage.local)).not.toContain(token);
  expect(storage.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  // The verifier and state are gone once used.
  expect(storage.session.map(([key]) => key).filter((key) => key.includes('pending'))).toEqual([]);
});

test('the header shows the signed-in user, and signing out clears everything', async ({ page }) => {
  await signIn(page);
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: /Signed in as/ })).toBeVisible();
  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with Spotify' })).toBeVisible();
  // Only the router's scroll positions may remain; nothing of the session.
  const left = await page.evaluate(() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)]);
  expect(left.filter((key) => key.startsWith('heavy-rotation'))).toEqual([]);
  expect(JSON.stringify(await page.evaluate(() => ({ ...sessionStorage, ...localStorage })))).not.toMatch(/token/i);
  await page.goto('./tracks');
  await expect(page.getByRole('heading', { name: 'Sign in to see this page' })).toBeVisible();
});

test('a click on Sign in before the page’s code has arrived is kept, and signs in once the code runs', async ({
  page,
}) => {
  // Hold the start page's entry script back until the user has clicked.
  const { held, release } = await holdEntryScript(page);
  await page.goto('./');
  const button = page.getByRole('button', { name: 'Sign in with Spotify' });
  await button.click();
  // The page painted and the click landed, while its code was still on the way.
  await expect.poll(() => held.length).toBe(1);
  expect(page.url()).not.toContain('/authorize');
  release();

  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  const exchanges = (await emulatorLog({ service: 'accounts', path: '/api/token' })).filter((e) => !e.preflight);
  expect(exchanges).toHaveLength(1);
});
