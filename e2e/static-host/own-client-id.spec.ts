// Bring your own client ID: the setup screen explains the dashboard steps, shows this
// deployment's redirect URI, checks and keeps the ID, and signing in then uses it.
import { expect, test } from '@playwright/test';
import { APP_BASE, EMULATOR, OWN_CLIENT_ID } from '../../playwright.config';
import { topList } from '../support/app';
import { resetEmulator } from '../support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

test('a visitor sets up their own client ID, signs in with it, and can forget it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('link', { name: 'Use your own client ID' }).click();
  await expect(page.getByRole('heading', { name: 'Use your own Spotify client ID' })).toBeVisible();
  await expect(page.getByText(/User Management/)).toBeVisible();

  // This deployment's exact redirect URI, copied with one click.
  const redirectUri = new URL(`${APP_BASE}account`, page.url()).href;
  await expect(page.getByRole('textbox', { name: /Redirect URI/ })).toHaveValue(redirectUri);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(redirectUri);

  // A wrong shape is refused inline.
  const field = page.getByRole('textbox', { name: 'Client ID' });
  await field.fill('my-app-secret');
  await page.getByRole('button', { name: 'Save client ID' }).click();
  await expect(page.getByRole('alert')).toContainText('only the digits 0–9 and the letters a–f');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill(OWN_CLIENT_ID.slice(0, 30));
  await page.getByRole('button', { name: 'Save client ID' }).click();
  await expect(page.getByRole('alert')).toContainText('32 characters long; this one has 30');

  await field.fill(`  ${OWN_CLIENT_ID.toUpperCase()} `);
  await page.getByRole('button', { name: 'Save client ID' }).click();
  await expect(page.getByText(`This browser signs in with your client ID ${OWN_CLIENT_ID}`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('client_id')).toBe(OWN_CLIENT_ID);
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(topList(page).getByRole('listitem')).toHaveCount(50);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  // The client ID is the one thing in localStorage; the session (with that ID) stays in the tab.
  expect(stored).toEqual({ 'heavy-rotation:client-id': OWN_CLIENT_ID });
  const session = await page.evaluate(() => sessionStorage.getItem('heavy-rotation:session'));
  expect(JSON.parse(session ?? '{}')).toMatchObject({ clientId: OWN_CLIENT_ID });

  // Kept across tabs and reloads; forgetting it brings back this copy's own client ID.
  await page.goto('./setup');
  await page.getByRole('button', { name: 'Forget this client ID' }).click();
  await expect(page.getByText(`this browser uses this copy's, ${EMULATOR.clientId}`)).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
