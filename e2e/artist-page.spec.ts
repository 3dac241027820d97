// The artist page says where the artist stands in the user's own lists (its rank among the top
// artists of each range, and the top tracks it is on, with theirs), with or without the fields
// Spotify strips in development mode.
import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { configureEmulator, resetEmulator } from './support/emulator';

const RANGES = [
  ['short_term', 'the last 4 weeks'],
  ['medium_term', 'the last 6 months'],
  ['long_term', 'the last year'],
] as const;

interface Page1 {
  items: { id: string; name: string; artists?: { id: string }[] }[];
  next: string | null;
}

/** The emulator's Web API, next to its accounts origin (playwright.config.ts: accounts +1 = API). */
function apiUrl() {
  const accounts = new URL(process.env.EMULATOR_ACCOUNTS_URL ?? 'http://127.0.0.1:4101');
  accounts.port = String(Number(accounts.port) + 1);
  return `${accounts.origin}/v1`;
}

/** The first page of a top list, as the app loads it, straight from the emulator: the test's own source of truth. */
async function firstPage(page: Page, type: 'tracks' | 'artists', range: string): Promise<Page1> {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('heavy-rotation:session') ?? '{}') as { accessToken?: string }).accessToken,
  );
  const response = await page.request.get(`${apiUrl()}/me/top/${type}?time_range=${range}&limit=50`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as Page1;
}

async function expectRanksAndTracks(page: Page) {
  const artists = await Promise.all(RANGES.map(([range]) => firstPage(page, 'artists', range)));
  const tracks = await Promise.all(RANGES.map(([range]) => firstPage(page, 'tracks', range)));
  // An artist of the 4-week list missing from another range, so both kinds of line are proven.
  const shortArtists = artists[0]!.items;
  const artist =
    shortArtists.find((a) => artists.some((list) => !list.items.some((other) => other.id === a.id))) ??
    shortArtists[0]!;
  const expectedRanks = RANGES.map(([, label], i) => {
    const list = artists[i]!;
    const index = list.items.findIndex((a) => a.id === artist.id);
    if (index >= 0) return `#${index + 1} in ${label}`;
    return list.next ? `Not in your top ${list.items.length} of ${label}` : `Not in your top artists of ${label}`;
  });
  expect(expectedRanks.some((line) => line.startsWith('Not'))).toBe(true);
  const expectedTracks = new Map<string, string[]>();
  tracks.forEach((list, i) =>
    list.items.forEach((track, index) => {
      if (!track.artists?.some((a) => a.id === artist.id)) return;
      const row = expectedTracks.get(track.name) ?? ['–', '–', '–'];
      row[i] = `#${index + 1}`;
      expectedTracks.set(track.name, row);
    }),
  );
  expect(expectedTracks.size).toBeGreaterThan(0);

  await page.goto(`./artist/${artist.id}`);
  await expect(page.getByRole('heading', { level: 1, name: artist.name })).toBeVisible();
  const ranks = page.getByRole('list', { name: 'Among your top artists' }).getByRole('listitem');
  await expect(ranks).toHaveText(expectedRanks);

  const table = page.getByRole('table', {
    name: `Your top tracks by ${artist.name}, with their rank in each time range`,
  });
  await expect(page.getByRole('heading', { level: 2, name: `Your top tracks by ${artist.name}` })).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Track', '4 weeks', '6 months', '1 year']);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(expectedTracks.size);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.querySelector('.item-title')!.textContent!,
      ...[...tr.querySelectorAll('td')].map((td) => td.querySelector('[aria-hidden]')?.textContent ?? td.textContent),
    ]),
  );
  expect(new Map(shown.map(([name, ...cells]) => [name!, cells as string[]]))).toEqual(expectedTracks);
  // The 4-week list's tracks first, in its order, then the 6-month list's, then the year's.
  const order = shown.map(([, ...cells]) => {
    const range = cells.findIndex((cell) => cell !== '–');
    return range * 1000 + Number(cells[range]!.slice(1));
  });
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // A range a track is missing from is said in words, not only drawn as a dash.
  const missing = table.locator('td .visually-hidden').first();
  if (await missing.count()) await expect(missing).toHaveText(/^not in (the first \d+ of )?the last/);
  await expect(page.locator('main')).not.toContainText(/undefined|NaN|null/);
}

test.beforeEach(async () => {
  await resetEmulator();
});

test("the artist page gives the artist's rank in each range and your top tracks by it, with their ranks", async ({
  page,
}) => {
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expectRanksAndTracks(page);
  await expect(page.getByText('Followers')).toBeVisible();
});

test('in development mode, without followers, popularity or genres, the ranks and tracks still fill the page', async ({
  page,
}) => {
  await configureEmulator({ devMode: true });
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expectRanksAndTracks(page);
  await expect(page.getByText('Followers')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Genres' })).toHaveCount(0);
});
