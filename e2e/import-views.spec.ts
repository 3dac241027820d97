// The imported history's views, checked against the spec's own count: the period and view in the
// URL, the filter, paging, ranking by time, every stream, dates of your own, a track's plays over
// time, and the CSV, JSON and share card of a period.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ExportOracle, generateExport, zipOf } from './support/import-oracle';
import {
  choosePeriod,
  expectKept,
  expectTop,
  historyList,
  importFiles,
  openView,
  shownRows,
} from './support/import-page';

const TIME_ZONE = 'Australia/Sydney';
test.use({ timezoneId: TIME_ZONE });

const generated = generateExport({ streams: 12_000, years: 3, format: 'extended', seed: 'views' });
const oracle = new ExportOracle(generated.files, TIME_ZONE);
const whole = new Intl.NumberFormat('en');
const fullYear = () => oracle.years()[1]!;

test.beforeEach(async ({ page }) => {
  await page.goto('./import');
  await importFiles(page, await zipOf(generated.files));
});

async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}

test('the period and view live in the URL: a reload and Back show them again', async ({ page }) => {
  const year = fullYear();
  await choosePeriod(page, String(year));
  await openView(page, 'Artists');
  await expect(page).toHaveURL(new RegExp(`period=${year}&view=artists$`));
  const before = await shownRows(page);
  await expectKept(page);
  await page.reload();
  await expect(historyList(page)).toHaveAccessibleName(`Your top artists of ${year}, by plays`);
  expect(await shownRows(page)).toEqual(before);
  await openView(page, 'Albums');
  await page.goBack();
  await expect(historyList(page)).toHaveAccessibleName(`Your top artists of ${year}, by plays`);
});

test('pages go through every track, and the filter keeps each track’s rank and count', async ({ page }) => {
  const tally = oracle.tally();
  await expect(page.getByText(`Showing 1–50 of ${whole.format(tally.tracks)} tracks`)).toBeVisible();
  await page.getByRole('navigation', { name: 'Pages of your top tracks' }).getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(`Showing 51–100 of ${whole.format(tally.tracks)} tracks`)).toBeVisible();
  const second = await shownRows(page, 50);
  expect(second[0]!.rank).toBe(51);
  expect(second.map((row) => row.count)).toEqual(tally.tracksRanked.slice(50, 100).map((row) => row.count));

  // Filtering by an artist's name: that artist's tracks, each with its rank among all tracks.
  const artist = tally.artistsRanked[3]!.name;
  const theirs = tally.tracksRanked.filter((row) => row.artist === artist);
  await page.getByRole('searchbox', { name: 'Filter tracks by name' }).fill(artist);
  await expect(page.getByText(`of ${whole.format(theirs.length)} track`)).toBeVisible();
  const rows = await shownRows(page, 50);
  for (const row of rows) {
    expect(row.sub).toContain(artist);
    expect(row.count).toBe(tally.playsByKey.get(row.uri!));
  }
  expect(rows.map((row) => row.count)).toEqual(theirs.slice(0, rows.length).map((row) => row.count));
});

test('ranked by time, and counting every stream, the lists follow', async ({ page }) => {
  await page.getByRole('group', { name: 'Rank by' }).getByRole('button', { name: 'Time' }).click();
  await expect(historyList(page)).toHaveAccessibleName('Your top tracks of all time, by time');
  const byTime = await shownRows(page);
  expect(byTime.map((row) => row.uri)).toEqual(
    oracle
      .tally()
      .tracksByTime.slice(0, 10)
      .map((row) => row.key),
  );
  await page.getByRole('group', { name: 'Rank by' }).getByRole('button', { name: 'Plays' }).click();
  await page.getByRole('switch', { name: 'Count every stream' }).check();
  await expect(page).toHaveURL(/streams=all/);
  await expect(historyList(page)).toHaveAccessibleName('Your top tracks of all time, by streams');
  expectTop(await shownRows(page), oracle.tally(undefined, { allStreams: true }).tracksRanked, 'track');
});

test('dates of your own show the plays between them', async ({ page }) => {
  const year = fullYear();
  const range = { from: `${year}-03-10`, to: `${year}-06-20` };
  await page.getByLabel('Period').selectOption({ label: 'Dates of your own…' });
  await page.getByLabel('From', { exact: true }).fill(range.from);
  await page.getByLabel('To', { exact: true }).fill(range.to);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`period=custom&from=${range.from}&to=${range.to}`));
  expectTop(await shownRows(page), oracle.tally(range).tracksRanked, 'track');
});

test('a track’s page shows its plays per month and by year', async ({ page }) => {
  const top = oracle.tally().tracksRanked[0]!;
  await historyList(page).getByRole('link', { name: top.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: top.name })).toBeVisible();
  const byYear = await page
    .getByRole('table', { name: `Plays of ${top.name} by year` })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]));
  const expected = oracle
    .years()
    .map((year) => [String(year), oracle.tally(year).playsByKey.get(top.key) ?? 0] as const)
    .filter(([, plays]) => plays > 0)
    .map(([year, plays]) => [year, `${whole.format(plays)} ${plays === 1 ? 'play' : 'plays'}`]);
  expect(byYear).toEqual(expected);
  const perMonth = await page
    .getByRole('table', { name: `Plays of ${top.name} per month` })
    .locator('tbody td')
    .allTextContents();
  expect(perMonth.reduce((sum, text) => sum + Number(text.replace(/[^\d]/g, '')), 0)).toBe(top.count);
});

test('CSV, JSON and the share card of a year hold that year’s list', async ({ page }) => {
  const year = fullYear();
  const tally = oracle.tally(year);
  await choosePeriod(page, String(year));
  await page.getByRole('button', { name: 'Export or share' }).click();
  const csv = await download(page, 'Export CSV');
  expect(csv.name).toBe(`heavy-rotation-history-top-tracks-${year}.csv`);
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('rank,name,artist,album,plays,ms_played,spotify_uri,spotify_url');
  expect(lines).toHaveLength(tally.tracks + 1);
  for (const line of lines.slice(1)) {
    const uri = /spotify:track:[0-9A-Za-z]{22}/.exec(line)![0];
    const plays = Number(/,(\d+),\d+,spotify:track:/.exec(line)![1]);
    expect(plays, uri).toBe(tally.playsByKey.get(uri));
  }
  expect(csv.text).not.toMatch(/ip_addr|conn_country|user_agent/);
  await expect(page.getByRole('status').filter({ hasText: `Exported ${tally.tracks} tracks as CSV.` })).toBeAttached();

  await page.getByRole('button', { name: 'Export or share' }).click();
  const json = JSON.parse((await download(page, 'Export JSON')).text) as { items: { plays: number; uri: string }[] };
  expect(json).toMatchObject({ type: 'tracks', period: String(year), ranked_by: 'plays' });
  expect(json.items).toHaveLength(tally.tracks);
  expect(json.items.map((item) => item.plays)).toEqual(tally.tracksRanked.map((row) => row.count));

  await page.getByRole('button', { name: 'Export or share' }).click();
  await page.getByRole('button', { name: 'Share top 10' }).click();
  const dialog = page.getByRole('dialog', { name: `Share your top 10 tracks of ${year}` });
  await expect(dialog.getByRole('img', { name: `Preview: your top 10 tracks of ${year}, square card` })).toBeVisible();
  const png = await download(page, 'Download PNG');
  expect(png.name).toBe(`heavy-rotation-history-top-tracks-${year}-square.png`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Export or share' })).toBeFocused();
});
