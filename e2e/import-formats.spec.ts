// Importing each shape of the data export through the file input: the totals and the top 10
// tracks and artists, of all time and of one year, equal the spec's own count of the files.
import { expect, test } from '@playwright/test';
import { ExportOracle, generateExport, zipOf } from './support/import-oracle';
import { expectMatchesOracle, fileInput, importFiles } from './support/import-page';

// A zone west of UTC: streams on the last evening of a year (UTC) belong to the next year in UTC
// but to the old one here, so a year counted in the wrong zone shows.
const TIME_ZONE = 'America/New_York';
test.use({ timezoneId: TIME_ZONE });

test.beforeEach(async ({ page }) => {
  await page.goto('./import');
  await expect(page.getByRole('heading', { name: 'Import your streaming history' })).toBeVisible();
  // The page states the zone its days and years are in: the browser's.
  await expect(page.getByText(`Days, months, years and hours are in your time zone, ${TIME_ZONE}.`)).toBeVisible();
});

test('a zipped extended history shows what the files hold, of all time and of a year', async ({ page }) => {
  const generated = generateExport({ streams: 20_000, years: 4, format: 'extended' });
  // Two audio files that overlap, and the video file beside them.
  expect(generated.files.filter((file) => file.path.includes('Streaming_History_Audio_')).length).toBeGreaterThan(1);
  await importFiles(page, await zipOf(generated.files));
  await expect(page.getByText(/Imported my_spotify_data\.zip: [\d,]+ new streams\./)).toBeVisible();
  await expectMatchesOracle(page, new ExportOracle(generated.files, TIME_ZONE));
});

test('loose extended-history JSON files count the same as the zip', async ({ page }) => {
  const generated = generateExport({ streams: 8_000, years: 3, format: 'extended', seed: 'loose' });
  await importFiles(page, generated.payloads);
  await expectMatchesOracle(page, new ExportOracle(generated.files, TIME_ZONE));
});

test('the endsong files of 2022–2023 are read by their records, user names and all', async ({ page }) => {
  const generated = generateExport({ streams: 8_000, years: 3, format: 'endsong', seed: 'endsong' });
  await importFiles(page, await zipOf(generated.files));
  await expectMatchesOracle(page, new ExportOracle(generated.files, TIME_ZONE));
});

test('account data, with no track ids, counts tracks by artist and name', async ({ page }) => {
  const generated = generateExport({ streams: 8_000, years: 2, format: 'account', seed: 'account' });
  await importFiles(page, await zipOf(generated.files));
  // Userdata.json, playlists and the like are named and skipped.
  await page.getByRole('link', { name: 'See each file' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Userdata.json' })).toContainText('Not listening history');
  await expectMatchesOracle(page, new ExportOracle(generated.files, TIME_ZONE));
});

test('extended history and account data together count no year twice, and say which source counted', async ({
  page,
}) => {
  // The account data's year runs past the extended history's end (requested earlier), so both count somewhere.
  const extended = generateExport({
    streams: 20_000,
    years: 3,
    format: 'extended',
    seed: 'both',
    extendedUntil: '2026-08-01',
  });
  const account = generateExport({ streams: 20_000, years: 3, format: 'account', seed: 'both' });
  const files = [...extended.files, ...account.files];
  await importFiles(page, [await zipOf(extended.files, 'extended.zip'), await zipOf(account.files, 'account.zip')]);
  await page.getByRole('link', { name: 'See each file' }).click();
  await expect(
    page.getByText(/Both the extended history and the account data were imported\. The extended history counts for/),
  ).toBeVisible();
  await expectMatchesOracle(page, new ExportOracle(files, TIME_ZONE));
});

test('importing the same files again changes no number', async ({ page }) => {
  const generated = generateExport({ streams: 8_000, years: 2, format: 'extended', seed: 'again' });
  const zip = await zipOf(generated.files);
  await importFiles(page, zip);
  const oracle = new ExportOracle(generated.files, TIME_ZONE);
  await expectMatchesOracle(page, oracle);
  await page.getByRole('navigation', { name: 'What to show' }).getByRole('link', { name: 'Files' }).click();
  await fileInput(page).setInputFiles(zip);
  await expect(page.locator('.import-summary')).toContainText(
    /: 0 new streams, [\d,]+ already in your history or in two files\. [\d,]+ streams in your history now\./,
  );
  await expectMatchesOracle(page, oracle);
});
