// Export and share: the files a user gets are checked by their content, not by a click.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { resetEmulator } from './support/emulator';

test.beforeEach(async ({ page }) => {
  await resetEmulator();
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
});

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: await readFile(await download.path()) };
}

function firstTitle(page: Page) {
  return topList(page).getByRole('listitem').first().locator('.item-title').innerText();
}

test('Export CSV and JSON hold the whole list for the range (not just the 50 shown), with URIs and ISRCs', async ({
  page,
}) => {
  await expect(page.getByText('Showing 50 of 60 tracks')).toBeVisible();
  const title = await firstTitle(page);

  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.download.suggestedFilename()).toMatch(/^heavy-rotation-top-tracks-short-term-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    'rank,name,artists,album,release_date,duration_ms,explicit,popularity,isrc,spotify_uri,spotify_url',
  );
  expect(lines).toHaveLength(61);
  expect(lines[1]).toMatch(/^1,/);
  const firstRow = topList(page).getByRole('listitem').first();
  const name = /^1,("(?:[^"]|"")*"|[^,]*),/.exec(lines[1]!)?.[1]?.replace(/^"|"$/g, '').replace(/""/g, '"');
  expect(name).toBeTruthy();
  expect(title.startsWith(name!)).toBe(true);
  await expect(firstRow).toContainText(name!);
  expect(lines[1]).toMatch(
    /,[A-Z]{2}[A-Z0-9]{3}\d{7},spotify:track:[0-9A-Za-z]{22},https:\/\/open\.spotify\.com\/track\//,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Exported 60 tracks as CSV.' })).toBeVisible();

  const json = await downloadOf(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
  const parsed = JSON.parse(json.bytes.toString('utf8')) as {
    type: string;
    time_range: string;
    items: { rank: number; name: string; uri: string; isrc?: string }[];
  };
  expect(parsed).toMatchObject({ type: 'tracks', time_range: 'short_term' });
  expect(parsed.items).toHaveLength(60);
  expect(parsed.items.map((item) => item.rank)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  expect(parsed.items[0]!.name).toBe(name);
  for (const item of parsed.items) expect(item.uri).toMatch(/^spotify:track:[0-9A-Za-z]{22}$/);
  expect(new Set(parsed.items.map((item) => item.uri)).size).toBe(60);
  // The CSV and the JSON list the same tracks in the same order.
  expect(lines.slice(1).map((line) => /spotify:track:[0-9A-Za-z]{22}/.exec(line)?.[0])).toEqual(
    parsed.items.map((item) => item.uri),
  );
});

test('Export on the artists list writes artists', async ({ page }) => {
  await page.goto('./artists?range=medium_term');
  await expect(page.getByText('Showing 50 of 50 artists')).toBeVisible();
  const json = await downloadOf(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
  const parsed = JSON.parse(json.bytes.toString('utf8')) as { type: string; items: { uri: string; name: string }[] };
  expect(parsed.type).toBe('artists');
  expect(parsed.items).toHaveLength(50);
  expect((await firstTitle(page)).startsWith(parsed.items[0]!.name)).toBe(true);
  expect(parsed.items[0]!.uri).toMatch(/^spotify:artist:/);
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Share top 10: a modal dialog previews the card and downloads it as a square or story PNG; Escape returns focus', async ({
  page,
}) => {
  const opener = page.getByRole('button', { name: 'Share top 10' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Share your top 10 tracks' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('img', { name: /Preview: your top 10 tracks of the last 4 weeks, square card/ }),
  ).toBeVisible();

  const download = dialog.getByRole('button', { name: 'Download PNG' });
  await expect(download).toBeEnabled();
  const square = await downloadOf(page, () => download.click());
  expect(square.download.suggestedFilename()).toBe('heavy-rotation-top-tracks-short-term-square.png');
  expect(pngSize(square.bytes)).toEqual({ width: 1080, height: 1080 });

  await dialog.getByRole('button', { name: /^Story/ }).click();
  await expect(dialog.getByRole('img', { name: /story card/ })).toBeVisible();
  await expect(download).toBeEnabled();
  const story = await downloadOf(page, () => download.click());
  expect(story.download.suggestedFilename()).toBe('heavy-rotation-top-tracks-short-term-story.png');
  expect(pngSize(story.bytes)).toEqual({ width: 1080, height: 1920 });

  // Modal: the page behind is inert while it is open.
  expect(await page.locator('dialog.share-dialog').evaluate((element) => element.matches(':modal'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
