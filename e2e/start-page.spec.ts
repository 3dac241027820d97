// The signed-out start page shows what the app does and offers three equally clear ways in:
// sign in, import a data export, try the demo.
import { expect, test, type Page } from '@playwright/test';
import { APP_BASE } from '../playwright.config';
import { resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

function waysIn(page: Page) {
  const list = page.getByRole('list', { name: 'Ways in' });
  return {
    list,
    signIn: list.getByRole('button', { name: 'Sign in with Spotify' }),
    importExport: list.getByRole('link', { name: 'Import your data export' }),
    demo: list.getByRole('button', { name: 'Try the demo' }),
  };
}

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1280, height: 720 },
]) {
  test(`${viewport.width} × ${viewport.height}: a tour, a picture of the app, and three ways in of one size on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const { list, signIn, importExport, demo } = waysIn(page);
    await expect(list.getByRole('listitem')).toHaveCount(3);
    const boxes = [];
    for (const way of [signIn, importExport, demo]) {
      await expect(way).toBeInViewport({ ratio: 1 });
      boxes.push((await way.boundingBox())!);
    }
    // Equally clear: the same width, height and style.
    for (const box of boxes) {
      expect(Math.abs(box.width - boxes[0]!.width)).toBeLessThan(1);
      expect(Math.abs(box.height - boxes[0]!.height)).toBeLessThan(1);
    }
    const looks = await Promise.all(
      [signIn, importExport, demo].map((way) =>
        way.evaluate((el) => {
          const style = getComputedStyle(el);
          return [style.backgroundColor, style.borderColor, style.color, style.fontSize].join(' ');
        }),
      ),
    );
    expect(new Set(looks).size).toBe(1);

    // The tour: each thing the app does, under its own heading.
    const tour = page.getByRole('heading', { level: 3 });
    await expect(tour).toHaveText([
      'Top lists and movement',
      'Insights',
      'History',
      'Your data export',
      'Export and share',
      'Playlists',
    ]);
    // The picture: in the page's HTML, no image to load, one sentence for screen readers.
    const picture = page.getByRole('img', { name: /^Heavy Rotation's top tracks/ });
    await expect(picture).toBeVisible();
    await expect(picture.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
  });
}

test('the picture of the app is in the prerendered HTML, with no image and no inline style', async ({ request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain('app-preview-list');
  expect(html).toContain('Import your data export');
  const preview = html.slice(html.indexOf('app-preview'), html.indexOf('</ol>', html.indexOf('app-preview')));
  expect(preview).not.toMatch(/<img|style="/);
});

test('signing in leads to Spotify’s consent page', async ({ page }) => {
  await page.goto('./');
  await waysIn(page).signIn.click();
  await expect(page.getByRole('button', { name: 'Agree' })).toBeVisible();
});

test('importing a data export is a link to the import page, no sign-in', async ({ page, baseURL }) => {
  await page.goto('./');
  const link = waysIn(page).importExport;
  await expect(link).toHaveAttribute('href', `${APP_BASE}import`);
  await link.click();
  await expect(page).toHaveURL(`${baseURL}import`);
  expect(await page.evaluate(() => sessionStorage.getItem('heavy-rotation:session'))).toBeNull();
});

test('trying the demo starts the in-browser demo’s sign-in', async ({ page }) => {
  await page.goto('./');
  await waysIn(page).demo.click();
  await expect(page).toHaveURL(new RegExp(`${APP_BASE}__demo/accounts/authorize\\?`));
  await expect(page.getByRole('heading', { name: /Heavy Rotation \(demo\) wants access/ })).toBeVisible();
});
