// The import page itself: reachable signed out from the start page (which loads none of it) and
// from the header signed in; the sample; the lists' first row high on a phone and a desktop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/app';
import { signedOutScripts } from './support/critical-path';
import { resetEmulator } from './support/emulator';
import { generateExport, zipOf } from './support/import-oracle';
import { expectKept, fileInput, historyList, importFiles, openView } from './support/import-page';
import { expectReadingOrder, tabStopsTo } from './support/tab-order';

const distDir = process.env.E2E_BUILD_DIR ?? `dist-e2e-${process.env.E2E_PORT_BASE ?? 4100}`;

test('the start page links to the import, and its JavaScript holds none of it', async ({ page }) => {
  const scripts = await signedOutScripts(page);
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    const code = readFileSync(join(distDir, file), 'utf8');
    expect(code, file).not.toContain('Import your streaming history');
    expect(code, file).not.toContain('import.worker');
  }
  await page.getByRole('link', { name: 'Import your data export' }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Import your streaming history' })).toBeVisible();
  // How to get the export, with the link to Spotify's privacy page, and what counts as a play.
  await expect(page.getByRole('link', { name: 'the privacy page of your Spotify account' })).toHaveAttribute(
    'href',
    'https://www.spotify.com/account/privacy/',
  );
  await expect(page.getByText(/A play is a stream of at least 30 seconds/)).toBeVisible();
  await expect(fileInput(page)).toHaveAttribute('accept', '.zip,.json,application/zip,application/json');
  await expect(fileInput(page)).toHaveAttribute('multiple', '');
});

test('a deep link to the import works signed out, and the sample imports with no network', async ({
  page,
  context,
}) => {
  await page.goto('./import?period=2025&view=artists');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!new URL(request.url()).pathname.includes('/assets/')) requests.push(request.url());
  });
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(historyList(page)).toBeVisible();
  // The URL's period and view held through the import.
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('year-2025');
  await expect(historyList(page)).toHaveAccessibleName(/^Your top artists of 2025/);
  await expect(page.getByText(/Imported the sample export: [\d,]+ new streams\./)).toBeVisible();
  expect(requests).toEqual([]);
});

test('signed in, the header leads to the import', async ({ page }) => {
  await resetEmulator();
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import your streaming history' })).toBeVisible();
});

const generated = generateExport({ streams: 4_000, years: 2, format: 'extended', seed: 'layout' });

async function firstRowTop(page: Page, view: 'Tracks' | 'Artists' | 'Albums') {
  await openView(page, view);
  await expect(historyList(page)).toHaveAccessibleName(new RegExp(`^Your top ${view.toLowerCase()}`));
  const box = await historyList(page).getByRole('listitem').first().boundingBox();
  return box!.y;
}

for (const { width, height, share } of [
  { width: 412, height: 823, share: 0.45 },
  { width: 1280, height: 720, share: 0.5 },
]) {
  test(`at ${width} × ${height} the imported lists' first row starts in the top ${share * 100} %, signed in or not`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await resetEmulator();
    await page.goto('./import');
    await importFiles(page, await zipOf(generated.files));
    for (const view of ['Tracks', 'Artists', 'Albums'] as const) {
      expect(await firstRowTop(page, view), `${view}, signed out`).toBeLessThan(height * share);
    }
    await expectKept(page);
    await signIn(page);
    await page.goto('./import');
    for (const view of ['Tracks', 'Artists', 'Albums'] as const) {
      expect(await firstRowTop(page, view), `${view}, signed in`).toBeLessThan(height * share);
    }
    // Every control of the toolbar is on one line, on screen.
    const toolbar = await page.locator('.history-toolbar').boundingBox();
    expect(toolbar!.height).toBeLessThan(50);
    expect(toolbar!.x + toolbar!.width).toBeLessThanOrEqual(width);
  });
}

test('the page works by keyboard alone: the file input, the period, the views and the actions', async ({ page }) => {
  await page.goto('./import');
  await importFiles(page, await zipOf(generated.files));
  await page.getByRole('combobox', { name: 'Period' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/period=\d{4}/);
  await page.getByRole('link', { name: 'Artists', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(historyList(page)).toHaveAccessibleName(/^Your top artists/);
  const menu = page.getByRole('button', { name: 'Export or share' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  // The file input is the keyboard's way to add files: it takes focus, its label says what it does.
  await openView(page, 'Files');
  await fileInput(page).focus();
  await expect(fileInput(page)).toBeFocused();
});

for (const { width, height } of [
  { width: 412, height: 823 },
  { width: 1280, height: 720 },
]) {
  test(`at ${width} × ${height} Tab follows the imported list's on-screen order, and every action works by mouse and by keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./import');
    await importFiles(page, await zipOf(generated.files));
    const firstRowLink = historyList(page).getByRole('listitem').first().locator('a').first();
    await expect(firstRowLink).toBeVisible();

    // Tab from the top of the page to the first row's link, noting where each stop is on screen.
    const stops = await tabStopsTo(page, firstRowLink);
    expectReadingOrder(stops);
    expect(stops.map((stop) => stop.name)).toContain('Export or share');

    const actions = page.getByRole('button', { name: 'Export or share' });
    const inPanel = ['Export CSV', 'Export JSON', 'Share top 10'];
    // By mouse: the disclosure opens, and each action in it is on screen.
    await actions.click();
    await expect(actions).toHaveAttribute('aria-expanded', 'true');
    for (const name of inPanel) await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
    await actions.click();
    await expect(actions).toHaveAttribute('aria-expanded', 'false');
    // By keyboard: Enter opens it, Tab walks its actions in order, and Enter on one runs it.
    await actions.focus();
    await page.keyboard.press('Enter');
    for (const name of inPanel) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
    }
    // Back from Share top 10 to Export JSON.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Export JSON', exact: true })).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
  });
}
