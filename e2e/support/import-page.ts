// Reading the import page the way a user sees it: the ranked rows, their counts, the totals.
import { expect, type Page } from '@playwright/test';
import type { ExportOracle, Ranked, Tally } from './import-oracle';

export interface ShownRow {
  rank: number;
  name: string;
  count: number;
  /** The line under the name: a track's artist (and album). */
  sub: string;
  /** The track's URI, from its link to open.spotify.com. */
  uri?: string;
}

export function fileInput(page: Page) {
  return page.getByLabel('Choose files…');
}

/** Chooses files in the file input and waits for the ranked list the import leads to. */
export async function importFiles(page: Page, files: Parameters<ReturnType<typeof fileInput>['setInputFiles']>[0]) {
  await fileInput(page).setInputFiles(files);
  await expect(historyList(page)).toBeVisible();
}

/** After an import kept on the device: waits until the page says it is written (a reload may follow). */
export async function expectKept(page: Page) {
  await expect(
    page.getByRole('status').filter({ hasText: /^ ?Kept on this device \([\d.]+ (bytes|KB|MB)\)\.$/ }),
  ).toBeVisible();
}

/** The ranked list on screen (tracks, artists or albums). */
export function historyList(page: Page) {
  return page.getByRole('list', { name: /^Your top (tracks|artists|albums) of / });
}

export async function shownRows(page: Page, limit = 10): Promise<ShownRow[]> {
  const items = historyList(page).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const raw = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      rank: li.querySelector('.rank')?.textContent ?? '',
      name: li.querySelector('.item-title')?.textContent ?? '',
      plays: li.querySelector('.play-count')?.textContent ?? '',
      sub: li.querySelector('.item-sub')?.textContent ?? '',
      href: li.querySelector('a.open-in-spotify')?.getAttribute('href') ?? null,
    })),
  );
  return raw.slice(0, limit).map(({ rank, name, plays, sub, href }) => {
    const id = href ? /\/track\/([0-9A-Za-z]{22})$/.exec(href)?.[1] : undefined;
    return {
      rank: Number(rank),
      name,
      sub,
      count: Number(/^([\d,]+) (plays?|streams?)/.exec(plays)?.[1]?.replace(/,/g, '')),
      ...(id ? { uri: `spotify:track:${id}` } : {}),
    };
  });
}

/**
 * The shown top rows are the oracle's: the counts in order are its top counts (ties may come in
 * any order), and each row's count is the oracle's count for that very track or artist.
 */
export function expectTop(shown: ShownRow[], ranked: Ranked[], by: 'track' | 'artist') {
  expect(shown.length).toBe(Math.min(10, ranked.length));
  expect(shown.map((row) => row.count)).toEqual(ranked.slice(0, shown.length).map((row) => row.count));
  const counts = new Map(ranked.map((row) => [row.key, row]));
  for (const row of shown) {
    // Tracks by URI; account data's (no URI, no album) by artist and name.
    const key = by === 'artist' ? row.name : (row.uri ?? `${row.sub}\u0000${row.name}`);
    const expected = counts.get(key);
    expect(expected?.count, `plays of ${row.name}`).toBe(row.count);
    if (by === 'track') expect(row.name).toBe(expected!.name);
  }
}

export async function choosePeriod(page: Page, label: string) {
  await page.getByLabel('Period').selectOption({ label });
}

export async function openView(page: Page, name: 'Tracks' | 'Artists' | 'Albums' | 'Overview' | 'Files') {
  await page.getByRole('navigation', { name: 'What to show' }).getByRole('link', { name, exact: true }).click();
}

/** The overview's totals as numbers: { Plays: 1234, Tracks: 56, … }. */
export async function shownTotals(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('dl[aria-label="Totals"]')).toBeVisible();
  const pairs = await page
    .locator('dl[aria-label="Totals"] > div')
    .evaluateAll((divs) =>
      divs.map((div) => [div.querySelector('dt')?.textContent ?? '', div.querySelector('dd')?.textContent ?? '']),
    );
  return Object.fromEntries(pairs);
}

const whole = new Intl.NumberFormat('en');

/** Checks the page for a period against the oracle: top 10 tracks and artists, and the totals. */
export async function expectPeriodMatches(page: Page, tally: Tally) {
  await openView(page, 'Tracks');
  await expect(page.getByText(`of ${whole.format(tally.tracks)} tracks`)).toBeVisible();
  expectTop(await shownRows(page), tally.tracksRanked, 'track');
  await openView(page, 'Artists');
  await expect(page.getByText(`of ${whole.format(tally.artists)} artists`)).toBeVisible();
  expectTop(await shownRows(page), tally.artistsRanked, 'artist');
  await openView(page, 'Overview');
  await expect(page.locator('dl[aria-label="Totals"]')).toBeVisible();
  const totals = await shownTotals(page);
  expect(totals).toMatchObject({
    Plays: whole.format(tally.plays),
    Tracks: whole.format(tally.tracks),
    Artists: whole.format(tally.artists),
    'Days listened': whole.format(tally.days),
    'Time played': `${whole.format(tally.hours)} h`,
  });
}

/** All time, then one year (the one with most plays but not the first or last: a full year). */
export async function expectMatchesOracle(page: Page, oracle: ExportOracle) {
  await choosePeriod(page, 'All time');
  await expectPeriodMatches(page, oracle.tally());
  const years = oracle.years();
  const year = years.length > 2 ? years[1]! : years[0]!;
  await choosePeriod(page, String(year));
  await expect(page).toHaveURL(new RegExp(`period=${year}`));
  await expectPeriodMatches(page, oracle.tally(year));
}
