// Signed in, the two sources meet: the live top tracks and artists show the plays an imported
// export holds for them (tracks by URI, artists by name), and the artist page its plays by year.
// The generator builds on the emulator's catalogue, so the export and the live lists share URIs.
import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { resetEmulator } from './support/emulator';
import { ExportOracle, generateExport, zipOf } from './support/import-oracle';
import { expectKept, fileInput, historyList } from './support/import-page';

const TIME_ZONE = 'Asia/Tokyo';
test.use({ timezoneId: TIME_ZONE });

const generated = generateExport({ streams: 20_000, years: 3, format: 'extended', seed: 'signed-in' });
const oracle = new ExportOracle(generated.files, TIME_ZONE);

/** Each live row's plays from the export, with what identifies it (URI or name). */
async function livePlays(page: Page) {
  const rows = topList(page).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator('.export-plays')).toBeVisible();
  return rows.evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a.open-in-spotify')?.getAttribute('href') ?? '',
      name: item.querySelector('.item-title')?.firstChild?.textContent ?? '',
      plays: item.querySelector('.export-plays')?.textContent ?? null,
    })),
  );
}

function count(text: string | null): number {
  const match = /([\d,]+) plays?$/.exec(text ?? '');
  expect(match, `"${text}" reads as plays`).not.toBeNull();
  return Number(match![1]!.replace(/,/g, ''));
}

test.beforeEach(async ({ page }) => {
  await resetEmulator();
  await signIn(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.getByRole('radio', { name: /Keep on this device/ }).check();
  await fileInput(page).setInputFiles(await zipOf(generated.files));
  await expect(historyList(page)).toBeVisible();
  await expectKept(page);
});

test('the live top tracks show the plays the export holds for their URIs', async ({ page }) => {
  const tally = oracle.tally();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top tracks' }).click();
  for (const range of ['4 weeks', '1 year']) {
    await page.getByRole('link', { name: range }).click();
    const rows = await livePlays(page);
    expect(rows.length).toBeGreaterThan(10);
    let played = 0;
    for (const row of rows) {
      const uri = `spotify:track:${/\/track\/([0-9A-Za-z]{22})$/.exec(row.href)?.[1]}`;
      const expected = tally.playsByKey.get(uri) ?? 0;
      expect(count(row.plays), `plays of ${row.name} (${uri})`).toBe(expected);
      if (expected > 0) played++;
    }
    // The join is real: most live top tracks are in the export.
    expect(played).toBeGreaterThan(rows.length / 2);
  }
});

test('the live top artists show their plays by name, and the artist page by year', async ({ page }) => {
  const tally = oracle.tally();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  const rows = await livePlays(page);
  for (const row of rows) expect(count(row.plays), `plays of ${row.name}`).toBe(tally.playsByArtist.get(row.name) ?? 0);

  const artist = rows.find((row) => (tally.playsByArtist.get(row.name) ?? 0) > 0)!;
  await topList(page).getByRole('link', { name: artist.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: artist.name })).toBeVisible();
  const table = page.getByRole('table', { name: `Your plays of ${artist.name} by year` });
  await expect(table).toBeAttached();
  const shown = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
    );
  const expected = oracle
    .years()
    .map((year) => [String(year), oracle.tally(year).playsByArtist.get(artist.name) ?? 0] as const)
    .filter(([, plays]) => plays > 0)
    .map(([year, plays]) => [year, `${new Intl.NumberFormat('en').format(plays)} ${plays === 1 ? 'play' : 'plays'}`]);
  expect(shown).toEqual(expected);
});
