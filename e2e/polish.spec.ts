import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('at 320 px wide every page fits without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  expect(await horizontalOverflow(page)).toBe(0);
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('link', { name: 'Top artists' }).click();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await topList(page).locator('a.item-title').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('figure', { name: 'Decades of your top tracks' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'Your history', level: 1 })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
});

test('the app can be used from the keyboard alone: sign in, switch range, open an artist', async ({ page }) => {
  await page.goto('./');
  const tabTo = async (locator: ReturnType<Page['locator']>, limit = 40) => {
    for (let i = 0; i < limit; i += 1) {
      if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('Could not reach the element with Tab');
  };
  await tabTo(page.getByRole('button', { name: 'Sign in with Spotify' }));
  await page.keyboard.press('Enter');
  await tabTo(page.getByRole('button', { name: 'Agree' }));
  await page.keyboard.press('Enter');
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();

  await tabTo(page.getByRole('link', { name: '1 year' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/range=long_term/);
  await expect(page.getByRole('link', { name: '1 year' })).toHaveAttribute('aria-current', 'page');

  const firstArtist = topList(page).getByRole('listitem').first().locator('.item-sub a').first();
  const name = await firstArtist.innerText();
  await tabTo(firstArtist, 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('a chosen theme applies at once and on the next visit; System follows the device', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  // A click before the page is live is held and replayed once it is (see build-config/html.ts),
  // so the choice shows when the page is live: wait for it, as a user's eye does.
  const choose = async (name: string) => {
    await page.getByRole('radio', { name }).click();
    await expect(page.getByRole('radio', { name })).toBeChecked();
  };
  await choose('Dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background()).toBe(dark);
  await choose('System');
  expect(await background()).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe(dark);
});

test('with reduced motion asked for, loading placeholders and the progress bar do not animate', async ({ page }) => {
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  /** Seconds the element's (or pseudo-element's) animation runs; 0 when it has none. */
  const duration = (target: Locator, pseudo?: '::before') =>
    target.evaluate((el, p) => parseFloat(getComputedStyle(el, p).animationDuration), pseudo);

  // The progress bar runs while a page's code loads: hold the artist page's on its way.
  let releasePage = () => {};
  const pageHeld = new Promise<void>((resolve) => (releasePage = resolve));
  await page.route(/\/assets\/artist-route-[^/]*\.js$/, async (route) => {
    await pageHeld;
    await route.continue();
  });
  await topList(page).locator('.item-sub a').first().click();
  const progress = page.locator('.progress.active');
  await expect(progress).toBeAttached();
  expect(await duration(progress)).toBeGreaterThanOrEqual(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration(progress)).toBeLessThan(0.001);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  releasePage();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The list's placeholder rows pulse while a list loads: hold the year's tracks.
  let releaseList = () => {};
  const listHeld = new Promise<void>((resolve) => (releaseList = resolve));
  await page.route(/\/me\/top\/tracks\?.*time_range=long_term/, async (route) => {
    await listHeld;
    await route.continue();
  });
  await page.goto('./tracks?range=long_term');
  const placeholder = page.getByRole('status', { name: 'Loading your top tracks' }).locator('.skeleton-row').first();
  await expect(placeholder).toBeAttached();
  expect(await duration(placeholder, '::before')).toBeGreaterThanOrEqual(1);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration(placeholder, '::before')).toBeLessThan(0.001);
  releaseList();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
});
