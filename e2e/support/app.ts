import { expect, type Page } from '@playwright/test';

/** The ranked list on a top-items page. */
export function topList(page: Page) {
  return page.getByRole('list', { name: /^Your top (tracks|artists)/ });
}

/** Sign in through the emulator's consent page, starting from `path` (relative to the app's base). */
export async function signIn(page: Page, path = './') {
  await page.goto(path);
  await page.getByRole('button', { name: /Sign in/ }).click();
  await page.getByRole('button', { name: 'Agree' }).click();
  await expect(page).not.toHaveURL(/\/authorize|\/account/);
}
