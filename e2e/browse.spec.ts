import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { emulatorLog, resetEmulator } from './support/emulator';

declare global {
  interface Window {
    /** The first rows a list puts in the document, as that frame lays them out. */
    __firstRows?: Promise<{ count: number; top: number; bottom: number }>;
  }
}

test.beforeEach(async ({ page }) => {
  await resetEmulator();
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
});

async function topRequests(type: 'tracks' | 'artists') {
  return (await emulatorLog({ service: 'api', path: `/me/top/${type}` })).filter((e) => !e.preflight);
}

function firstTitle(page: Page) {
  return topList(page).getByRole('listitem').first().locator('.item-title').innerText();
}

test('the time range lives in the URL, Back restores it, and a visited range is served from cache', async ({
  page,
}) => {
  const tabs = page.getByRole('navigation', { name: 'Time range' });
  await expect(tabs.getByRole('link', { name: '4 weeks' })).toHaveAttribute('aria-current', 'page');
  const shortFirst = await firstTitle(page);

  await tabs.getByRole('link', { name: '1 year' }).click();
  await expect(page).toHaveURL(/range=long_term/);
  await expect(tabs.getByRole('link', { name: '1 year' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('From the last year')).toBeVisible();
  await expect.poll(() => firstTitle(page)).not.toBe(shortFirst);

  const before = (await topRequests('tracks')).length;
  await page.goBack();
  await expect(tabs.getByRole('link', { name: '4 weeks' })).toHaveAttribute('aria-current', 'page');
  expect(await firstTitle(page)).toBe(shortFirst);
  await tabs.getByRole('link', { name: '1 year' }).click();
  await expect(tabs.getByRole('link', { name: '1 year' })).toHaveAttribute('aria-current', 'page');
  expect((await topRequests('tracks')).length).toBe(before);

  // A shared link opens on its range.
  await page.goto('./tracks?range=medium_term');
  await expect(tabs.getByRole('link', { name: '6 months' })).toHaveAttribute('aria-current', 'page');
});

test('"Show more" pages through everything Spotify returns', async ({ page }) => {
  await page.goto('./tracks?range=long_term');
  const rows = topList(page).getByRole('listitem');
  await expect(rows).toHaveCount(50);
  const meta = await page.getByText(/^Showing \d+ of \d+ tracks$/).innerText();
  const total = Number(/of (\d+)/.exec(meta)?.[1]);
  expect(total).toBeGreaterThan(100);
  while ((await rows.count()) < total) {
    const count = await rows.count();
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(rows).toHaveCount(Math.min(count + 50, total));
  }
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(rows.last().locator('.rank')).toHaveText(String(total));
  const offsets = (await topRequests('tracks'))
    .filter((e) => e.search.includes('long_term'))
    .map((e) => new URLSearchParams(e.search).get('offset'));
  expect(offsets).toEqual(['0', '50', '100'].slice(0, Math.ceil(total / 50)));
});

test('rows show rank, artwork, name, artists, album, duration and a link back to Spotify', async ({ page }) => {
  const row = topList(page).getByRole('listitem').first();
  await expect(row.locator('.rank')).toHaveText('1');
  const img = row.getByRole('img');
  expect(await img.getAttribute('src')).toMatch(new RegExp(`^${process.env.EMULATOR_IMAGES_URL}/`));
  // The smallest variant that covers 48 CSS px at this device's pixel ratio.
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThanOrEqual(48);
  await expect(row.locator('.duration')).toContainText(/\d+:\d\d/);
  await expect(row.getByRole('link', { name: /open in Spotify/ })).toHaveAttribute(
    'href',
    /^https:\/\/open\.spotify\.com\/track\//,
  );
  await expect(page.getByText('Data from')).toBeVisible();
});

test('top artists, then an artist page with genres, followers, popularity and a link out', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await expect(page.getByRole('heading', { name: 'Your top artists' })).toBeVisible();
  const first = topList(page).getByRole('listitem').first().locator('a.item-title');
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/artist\/[0-9A-Za-z]{22}$/);
  await expect(page.getByText('Followers')).toBeVisible();
  await expect(page.getByText('Popularity')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Genres' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('link', { name: `${name}: open in Spotify (new tab)` })).toHaveAttribute(
    'href',
    /^https:\/\/open\.spotify\.com\/artist\//,
  );
  // Reloading a deep link keeps the user on it.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('while a list loads, its actions stand in place, disabled, and the rows take the placeholder’s place', async ({
  page,
}) => {
  // Hold the year's list on its way back from the emulator (it still answers it).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/me\/top\/tracks\?.*time_range=long_term/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name: '1 year' }).click();
  await expect(page.getByRole('status', { name: 'Loading your top tracks' })).toBeVisible();
  for (const name of ['Export CSV', 'Export JSON', 'Share top 10', 'Save as playlist'])
    await expect(page.getByRole('button', { name })).toBeDisabled();
  const placeholderTop = await page
    .locator('.skeleton-row')
    .first()
    .evaluate((row) => row.getBoundingClientRect().top);

  release();
  const firstRow = topList(page).getByRole('listitem').first();
  await expect(firstRow).toBeVisible();
  for (const name of ['Export CSV', 'Export JSON', 'Share top 10', 'Save as playlist'])
    await expect(page.getByRole('button', { name })).toBeEnabled();
  const rowTop = await firstRow.evaluate((row) => row.getBoundingClientRect().top);
  expect(Math.abs(rowTop - placeholderTop)).toBeLessThan(1);
});

test('a list’s first paint has just the rows that reach the bottom of the window, on a phone as on a desktop', async ({
  page,
}) => {
  const tabs = page.getByRole('navigation', { name: 'Time range' });
  for (const [viewport, range, timeRange] of [
    [{ width: 412, height: 823 }, '6 months', 'medium_term'],
    [{ width: 1280, height: 720 }, '1 year', 'long_term'],
  ] as const) {
    await page.setViewportSize(viewport);
    // Hold the list on its way back until the page shows its placeholder and is watching.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(new RegExp(`/me/top/tracks\\?.*time_range=${timeRange}`), async (route) => {
      await held;
      await route.continue();
    });
    await tabs.getByRole('link', { name: range }).click();
    await expect(page.getByRole('status', { name: 'Loading your top tracks' })).toBeVisible();
    // The rows as the list's first frame has them: seen the moment they are in the document.
    await page.evaluate(() => {
      window.__firstRows = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const rows = document.querySelectorAll('.item-list > li');
          if (rows.length === 0) return;
          observer.disconnect();
          resolve({
            count: rows.length,
            top: rows[0]!.getBoundingClientRect().top,
            bottom: rows[rows.length - 1]!.getBoundingClientRect().bottom,
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    release();
    const { count, top, bottom } = (await page.evaluate(() => window.__firstRows))!;
    expect(bottom, `${viewport.width} px`).toBeGreaterThanOrEqual(viewport.height);
    // One row fewer (rows are at least 64 px) would not have reached it: none to spare.
    expect(top + (count - 1) * 64, `${viewport.width} px`).toBeLessThan(viewport.height);
  }
});
