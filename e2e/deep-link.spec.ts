// A shared or bookmarked link opened while signed out: the sign-in screen takes the
// page's place, and signing in lands on exactly that link.
import { expect, test, type Page } from '@playwright/test';
import { getCatalog } from '../src/emulator/fixtures.ts';
import { resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

async function signInFromHere(page: Page) {
  await expect(page.getByRole('heading', { name: 'Sign in to see this page' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
}

test('an artist deep link opened signed out shows sign-in in place, then lands on that artist', async ({
  page,
  baseURL,
}) => {
  const artist = [...getCatalog('default').artists.values()][7]!;
  await page.goto(`./artist/${artist.id}`);
  await expect(page).toHaveURL(`${baseURL}artist/${artist.id}`);
  await signInFromHere(page);

  await expect(page.getByRole('heading', { level: 1, name: artist.name })).toBeVisible();
  await expect(page).toHaveURL(`${baseURL}artist/${artist.id}`);
});

test('a top tracks deep link with a time range lands on that range after signing in', async ({ page, baseURL }) => {
  await page.goto('./tracks?range=long_term');
  await signInFromHere(page);

  await expect(page).toHaveURL(`${baseURL}tracks?range=long_term`);
  const tabs = page.getByRole('navigation', { name: 'Time range' });
  await expect(tabs.getByRole('link', { name: '1 year' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('From the last year')).toBeVisible();
});
