// Every bad input has a designed outcome: each file is named with what to do, nothing crashes,
// and whatever did parse (now or before) is kept.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ExportOracle, generateExport, zipOf } from './support/import-oracle';
import { fileInput, historyList, importFiles, openView, shownTotals } from './support/import-page';

const TIME_ZONE = 'Europe/Stockholm';
test.use({ timezoneId: TIME_ZONE });

const good = generateExport({ streams: 3_000, years: 2, format: 'extended', seed: 'good' });
const oracle = new ExportOracle(good.files, TIME_ZONE);
const whole = new Intl.NumberFormat('en');

function json(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

async function badFiles() {
  const history = good.payloads.find((file) => file.name.startsWith('Streaming_History_Audio_'))!;
  const zip = await zipOf(good.files, 'damaged.zip');
  // The entries' compressed bytes overwritten half-way: the directory reads, the data doesn't inflate.
  const damaged = Buffer.from(zip.buffer);
  damaged.fill(0x55, Math.floor(damaged.length * 0.3), Math.floor(damaged.length * 0.6));
  const account = generateExport({ streams: 2_000, years: 1, format: 'account', seed: 'other' });
  const noHistory = await zipOf(
    account.files.filter((file) => !file.path.includes('StreamingHistory')),
    'no_history.zip',
  );
  // Every stream shorter than 30 s: history, but not one play.
  const shortStreams = JSON.parse(history.buffer.toString('utf8')) as { ms_played: number }[];
  for (const record of shortStreams) record.ms_played = Math.min(record.ms_played, 29_999);
  return {
    notZip: { name: 'my_spotify_data.zip', mimeType: 'application/zip', buffer: Buffer.from('<html>Sign in</html>') },
    corruptZip: { ...zip, name: 'damaged.zip', buffer: damaged },
    noHistory,
    empty: json('Streaming_History_Audio_2020.json', ''),
    truncated: json('Streaming_History_Audio_2021_1.json', history.buffer.toString('utf8').slice(0, 5_000)),
    unknown: json('Streaming_History_Audio_2022.json', JSON.stringify([{ song: 'x', when: 1 }])),
    noPlays: json('Streaming_History_Audio_2019.json', JSON.stringify(shortStreams, null, 4)),
  };
}

/** A file far over the limit, sparse on disk, chosen by path as a user would. */
function hugeFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'hr-import-')), 'Streaming_History_Audio_huge.json');
  writeFileSync(path, '[');
  truncateSync(path, 400 * 1024 * 1024);
  return path;
}

/** The outcome of a file that was not (all) imported: a failed one, or one with a warning. */
function outcome(page: Page, name: string) {
  return page.locator('.file-outcome.error, .file-outcome.warning').filter({ hasText: name });
}

async function expectGoodNumbers(page: Page) {
  await openView(page, 'Overview');
  const tally = oracle.tally();
  expect(await shownTotals(page)).toMatchObject({
    Plays: whole.format(tally.plays),
    Tracks: whole.format(tally.tracks),
  });
}

test('each bad file is named with what to do, beside the good files, which are imported', async ({ page }) => {
  const bad = await badFiles();
  await page.goto('./import');
  await importFiles(page, [
    ...good.payloads,
    bad.notZip,
    bad.corruptZip,
    bad.noHistory,
    bad.empty,
    bad.truncated,
    bad.unknown,
  ]);
  await expect(page.getByText(/6 files could not be read/)).toBeVisible();
  await page.getByRole('link', { name: 'See what to do' }).click();
  await expect(outcome(page, 'my_spotify_data.zip')).toContainText("This isn't a zip file");
  // A zip's entries are listed one by one: the damaged one says so.
  await expect(outcome(page, 'damaged.zip')).toContainText('This zip is damaged');
  await expect(outcome(page, 'no_history.zip')).toContainText('This zip has no listening history in it');
  await expect(outcome(page, 'Streaming_History_Audio_2020.json')).toContainText('This file is empty');
  await expect(outcome(page, 'Streaming_History_Audio_2021_1.json')).toContainText('This file stops part-way');
  await expect(outcome(page, 'Streaming_History_Audio_2022.json')).toContainText('not listening history in any format');
  // The good files' streams are all there.
  await expectGoodNumbers(page);
});

test('a file far too large is refused unread, and what was imported before stays', async ({ page }) => {
  await page.goto('./import');
  await importFiles(page, good.payloads);
  await expectGoodNumbers(page);
  await openView(page, 'Files');
  await fileInput(page).setInputFiles(hugeFile());
  await expect(outcome(page, 'Streaming_History_Audio_huge.json')).toContainText(
    'far larger than any file of a Spotify export',
  );
  await expect(page.locator('.import-summary')).toContainText('0 new streams');
  await expect(page.locator('.import-summary')).toContainText('1 file could not be read');
  await expectGoodNumbers(page);
});

test('an export with no plays says so and shows its streams with "Count every stream"', async ({ page }) => {
  const { noPlays } = await badFiles();
  await page.goto('./import');
  await fileInput(page).setInputFiles(noPlays);
  await page.getByRole('link', { name: /^See (what to do|each file)$/ }).click();
  await expect(outcome(page, 'Streaming_History_Audio_2019.json')).toContainText('no play of 30 seconds or more');
  await openView(page, 'Tracks');
  await expect(page.getByText('No tracks in all time.')).toBeVisible();
  await page.getByRole('switch', { name: 'Count every stream' }).check();
  await expect(historyList(page).getByRole('listitem').first()).toBeVisible();
  await expect(historyList(page).getByRole('listitem').first().locator('.play-count')).toHaveText(/ streams? · /);
});

test('a bad import after a good one loses nothing, and nothing crashes', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const bad = await badFiles();
  await page.goto('./import');
  await importFiles(page, good.payloads);
  await openView(page, 'Files');
  await fileInput(page).setInputFiles([bad.notZip, bad.corruptZip, bad.empty, bad.truncated, bad.unknown]);
  await expect(page.locator('.import-summary')).toContainText('5 files could not be read');
  await expectGoodNumbers(page);
  expect(errors).toEqual([]);
});
