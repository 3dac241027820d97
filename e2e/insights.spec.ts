import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { configureEmulator, emulatorLog, resetEmulator } from './support/emulator';

test.beforeEach(async () => {
  await resetEmulator();
});

/** The emulator's Web API, next to its accounts origin (playwright.config.ts: accounts +1 = API). */
function apiUrl() {
  const accounts = new URL(process.env.EMULATOR_ACCOUNTS_URL ?? 'http://127.0.0.1:4101');
  accounts.port = String(Number(accounts.port) + 1);
  return `${accounts.origin}/v1`;
}

/** The first page of a top list as the signed-in user, straight from the emulator: the test's own source of truth. */
async function topIds(page: Page, type: 'tracks' | 'artists', range: string): Promise<string[]> {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('heavy-rotation:session') ?? '{}') as { accessToken?: string }).accessToken,
  );
  const response = await page.request.get(`${apiUrl()}/me/top/${type}?time_range=${range}&limit=50`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
}

/** What each row of the 4-week list should say, worked out independently of the app's code. */
function expectedBadges(short: string[], medium: string[], long: string[]): (string | null)[] {
  return short.map((id, index) => {
    const parts: string[] = [];
    const before = medium.indexOf(id);
    if (before >= 0) {
      const by = Math.abs(before - index);
      const places = by === 1 ? 'place' : 'places';
      parts.push(
        before > index
          ? `Up ${by} ${places} on the last 6 months`
          : before < index
            ? `Down ${by} ${places} on the last 6 months`
            : 'Same place as the last 6 months',
      );
    } else if (long.includes(id)) {
      parts.push('Back in rotation, not in the last 6 months');
    }
    // The 6-month and 1-year lists have more than one page, so "new" can't be claimed from the first.
    if (medium.includes(id) && long.includes(id)) parts.push('A staple: in all three time ranges');
    return parts.length ? parts.join('. ') : null;
  });
}

test('movement badges: rank changes against 6 months, returning and staple, in words for screen readers', async ({
  page,
}) => {
  for (const type of ['tracks', 'artists'] as const) {
    if (type === 'tracks') await signIn(page);
    else await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
    const rows = topList(page).getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    // Comparing costs two more requests: nothing is fetched for it until asked.
    await expect(rows.locator('.movement')).toHaveCount(0);
    const otherRanges = (await emulatorLog({ service: 'api', path: `/me/top/${type}` })).filter(
      (e) => !e.preflight && !e.search.includes('short_term'),
    );
    expect(otherRanges).toEqual([]);

    const [short, medium, long] = await Promise.all([
      topIds(page, type, 'short_term'),
      topIds(page, type, 'medium_term'),
      topIds(page, type, 'long_term'),
    ]);
    const expected = expectedBadges(short, medium, long);
    // The fixture has each kind, or this test would prove less than its name.
    expect(expected.some((text) => text?.startsWith('Up '))).toBe(true);
    expect(expected.some((text) => text?.startsWith('Down '))).toBe(true);
    expect(expected.some((text) => text?.includes('staple'))).toBe(true);

    const compare = page.getByRole('switch', { name: 'Compare with other time ranges' });
    await expect(compare).toHaveAttribute('aria-checked', 'false');
    await compare.click();
    await expect(compare).toHaveAttribute('aria-checked', 'true');
    await expect(page).toHaveURL(/compare=1/);
    await expect(rows.locator('.movement').first()).toBeVisible();
    const shown = await rows.evaluateAll((items) =>
      items.map((item) => {
        const badge = item.querySelector('.movement');
        return badge
          ? { title: badge.getAttribute('title'), spoken: badge.querySelector('.visually-hidden')?.textContent }
          : null;
      }),
    );
    expect(shown).toEqual(expected.map((text) => (text ? { title: text, spoken: ` (${text})` } : null)));
    // The symbols are hidden from screen readers, which hear the words instead.
    const rising = rows.filter({ has: page.locator('.movement-mark.rising') }).first();
    await expect(rising.locator('.movement-mark.rising')).toHaveAttribute('aria-hidden', 'true');
    await expect(rising.locator('.movement-mark.rising')).toHaveText(/^▲\d+$/);
  }

  // Turned off, the badges go, and stay gone on the next range.
  const compare = page.getByRole('switch', { name: 'Compare with other time ranges' });
  await compare.click();
  await expect(compare).toHaveAttribute('aria-checked', 'false');
  await expect(page).toHaveURL(/compare=0/);
  await expect(topList(page).locator('.movement')).toHaveCount(0);

  // The legend opens from one small control beside the switch; Escape closes it and focus returns.
  const legendButton = page.getByRole('button', { name: 'What do the badges mean?' });
  await legendButton.click();
  const legend = page.getByRole('group', { name: 'Badges' });
  // Under its control, not over it.
  const [button, panel] = [await legendButton.boundingBox(), await legend.boundingBox()];
  expect(panel!.y).toBeGreaterThanOrEqual(button!.y + button!.height);
  await expect(legend.getByText('a staple: in all three time ranges')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();
  await expect(legendButton).toBeFocused();
  await legendButton.press('Enter');
  await expect(legend).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(legend).toBeHidden();
});

function sum(values: string[]) {
  return values.reduce((total, value) => total + Number(/^\d+/.exec(value)?.[0]), 0);
}

async function tableValues(page: Page, caption: string) {
  const table = page.getByRole('table', { name: caption });
  return table.locator('tbody td').allTextContents();
}

test('insights: decades, artists and genres charts, each with a table whose numbers add up', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByText('Data from')).toBeVisible();
  const meta = await page.getByText(/^From your top \d+ tracks and \d+ artists$/).innerText();
  const tracks = Number(/top (\d+) tracks/.exec(meta)?.[1]);
  expect(tracks).toBeGreaterThan(0);

  const charts = page.getByRole('img', { name: /^(Your top tracks|How many|Genres)/ });
  await expect(charts).toHaveCount(3);
  expect(sum(await tableValues(page, 'Decades of your top tracks'))).toBe(tracks);
  expect(sum(await tableValues(page, 'Your top tracks by artist'))).toBe(tracks);
  // Each chart says what its numbers count.
  const artists = Number(/and (\d+) artists/.exec(meta)?.[1]);
  await expect(page.getByRole('figure', { name: 'Decades of your top tracks' })).toHaveAccessibleDescription(
    `Tracks of your top ${tracks}, by the decade their album came out.`,
  );
  await expect(page.getByRole('figure', { name: 'Your top tracks by artist' })).toHaveAccessibleDescription(
    `Tracks of your top ${tracks}, each counted once: for the first of its artists among your top artists.`,
  );
  await expect(page.getByRole('figure', { name: 'Genres of your top artists' })).toHaveAccessibleDescription(
    `Artists of your top ${artists} who carry each genre; an artist can carry several.`,
  );
  // The genre chart counts artists: worked out here from the emulator's own answer.
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('heavy-rotation:session') ?? '{}') as { accessToken?: string }).accessToken,
  );
  const answer = await page.request.get(`${apiUrl()}/me/top/artists?time_range=short_term&limit=50`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const carriers = new Map<string, number>();
  for (const artist of ((await answer.json()) as { items: { genres: string[] }[] }).items)
    for (const genre of new Set(artist.genres)) carriers.set(genre, (carriers.get(genre) ?? 0) + 1);
  const genreRows = page.getByRole('table', { name: 'Genres of your top artists' }).locator('tbody tr');
  const shownGenres = await genreRows.evaluateAll((rows) =>
    rows.map((row) => [row.querySelector('th')!.textContent!, row.querySelector('td')!.textContent!] as const),
  );
  expect(shownGenres.length).toBeGreaterThan(0);
  for (const [genre, value] of shownGenres) {
    const count = carriers.get(genre) ?? 0;
    expect(value, genre).toBe(`${count} ${count === 1 ? 'artist' : 'artists'}`);
  }
  // The most carried genres, none left out above the ones shown.
  const least = Math.min(...shownGenres.map(([genre]) => carriers.get(genre)!));
  expect([...carriers.values()].filter((count) => count > least).length).toBeLessThan(shownGenres.length);
  // The chart's label carries the same numbers as its table.
  const decadeRows = page.getByRole('table', { name: 'Decades of your top tracks' }).locator('tbody tr');
  const firstDecade = (await decadeRows.first().locator('th').textContent()) ?? '';
  await expect(page.getByRole('img', { name: /by the decade/ })).toHaveAttribute(
    'aria-label',
    new RegExp(`${firstDecade}: \\d+ tracks?`),
  );

  // The range switch works here as on the lists.
  await page.getByRole('navigation', { name: 'Time range' }).getByRole('link', { name: '1 year' }).click();
  await expect(page).toHaveURL(/\/insights\?range=long_term/);
  await expect(page.getByText('From the last year')).toBeVisible();
  await expect(charts).toHaveCount(3);
});

test('in development mode, with no genres from Spotify, the genre chart is left out and the page says why', async ({
  page,
}) => {
  await configureEmulator({ devMode: true });
  await signIn(page, './insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByText(/No genre chart: Spotify sent no genres/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Genres of your top artists' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Decades of your top tracks' })).toHaveCount(1);
});
