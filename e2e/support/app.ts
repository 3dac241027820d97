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

/**
 * Holds the app's entry script back (a slow network) from now until `release()`: what the
 * page does before its code runs. `held` lists the requests kept waiting.
 */
export async function holdEntryScript(page: Page): Promise<{ held: string[]; release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  return { held, release };
}
