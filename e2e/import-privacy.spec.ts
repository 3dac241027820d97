// Private by construction: an import sends nothing anywhere, keeps no IP address or user name,
// survives a reload when kept on the device, and Delete removes every trace.
import { expect, test, type Page, type Request } from '@playwright/test';
import { EXPORT_USERNAME } from '../src/emulator/data-export/index.ts';
import { ExportOracle, generateExport, zipOf } from './support/import-oracle';
import { expectKept, fileInput, historyList, openView, shownRows, shownTotals } from './support/import-page';

const TIME_ZONE = 'Europe/Berlin';
test.use({ timezoneId: TIME_ZONE });

// endsong carries every private field there is: ip_addr_decrypted, user_agent_decrypted, username.
const generated = generateExport({ streams: 6_000, years: 2, format: 'endsong', seed: 'private' });
const oracle = new ExportOracle(generated.files, TIME_ZONE);
const privateValues = (() => {
  const values = new Set<string>([EXPORT_USERNAME]);
  for (const file of generated.files) {
    if (!file.text?.startsWith('[')) continue;
    for (const row of JSON.parse(file.text) as Record<string, unknown>[]) {
      for (const field of ['ip_addr', 'ip_addr_decrypted', 'username']) {
        if (typeof row[field] === 'string') values.add(row[field]);
      }
    }
  }
  return [...values];
})();

/** Everything this origin keeps: every IndexedDB record (binary as text too), localStorage, sessionStorage. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    const latin1 = new TextDecoder('latin1');
    const utf8 = new TextDecoder();
    const flatten = (value: unknown): string => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes =
          value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return `${latin1.decode(bytes)}\n${utf8.decode(bytes)}`;
      }
      if (value instanceof Blob) return '[blob]';
      if (Array.isArray(value)) return value.map(flatten).join('\n');
      if (value && typeof value === 'object')
        return Object.entries(value)
          .map(([k, v]) => `${k}:${flatten(v)}`)
          .join('\n');
      return String(value);
    };
    const blobs: Blob[] = [];
    const collect = (value: unknown) => {
      if (value instanceof Blob) blobs.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) Object.values(value).forEach(collect);
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of db.objectStoreNames) {
        const store = db.transaction(name).objectStore(name);
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (request) =>
              new Promise<unknown[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result as unknown[]);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        parts.push(`${info.name}/${name}`, flatten(keys), flatten(values));
        values?.forEach(collect);
      }
      db.close();
    }
    for (const blob of blobs) parts.push(flatten(new Uint8Array(await blob.arrayBuffer())));
    return parts.join('\n');
  });
}

async function snapshot(page: Page) {
  await openView(page, 'Tracks');
  const tracks = await shownRows(page);
  await openView(page, 'Overview');
  const totals = await shownTotals(page);
  return { tracks, totals };
}

test('an import sends nothing anywhere, from the page or its workers', async ({ page, context }) => {
  await page.goto('./import');
  await expect(fileInput(page)).toBeAttached();
  // Whatever the page loads before the files are chosen is done.
  await page.waitForLoadState('networkidle');
  const requests: Request[] = [];
  const record = (request: Request) => requests.push(request);
  context.on('request', record);
  await fileInput(page).setInputFiles(await zipOf(generated.files));
  await expect(historyList(page)).toBeVisible();
  await expect(page.getByText(/Imported my_spotify_data\.zip: [\d,]+ new streams\./)).toBeVisible();
  // And once it is done the page stays quiet.
  await page.waitForLoadState('networkidle');
  context.off('request', record);
  // The only requests are the app's own files being fetched (a parser worker's script, the rows'
  // icon): GETs below /assets/ on the app's origin, no query, no body. Nothing carries data out.
  const app = new URL(page.url());
  for (const request of requests) {
    const url = new URL(request.url());
    expect(`${request.method()} ${url.origin}${url.pathname}${url.search}`).toMatch(
      new RegExp(`^GET ${app.origin}/heavy-rotation/assets/[\\w.-]+$`),
    );
    expect(request.postDataBuffer()).toBeNull();
  }
});

test('kept on the device: no IP address or user name is stored, a reload shows the same numbers, Delete removes them', async ({
  page,
}) => {
  expect(privateValues.length).toBeGreaterThan(5);
  await page.goto('./import');
  await page.getByRole('radio', { name: /Keep on this device/ }).check();
  await fileInput(page).setInputFiles(await zipOf(generated.files));
  await expect(historyList(page)).toBeVisible();
  await expectKept(page);
  const before = await snapshot(page);
  expect(before.totals.Plays).toBe(new Intl.NumberFormat('en').format(oracle.tally().plays));

  // Stored: the names (the history is there), none of the private fields.
  const stored = await storedText(page);
  expect(stored).toContain(oracle.tally().tracksRanked[0]!.name);
  for (const value of privateValues) expect(stored, `stored data holds ${value}`).not.toContain(value);

  await openView(page, 'Files');
  await expect(
    page.getByText(/Kept on this device, in this browser’s storage: [\d,]+ streams in [\d.]+ (KB|MB)\./),
  ).toBeVisible();

  await page.reload();
  await expect(historyList(page).or(page.getByRole('heading', { name: 'Where your history lives' }))).toBeVisible();
  expect(await snapshot(page)).toEqual(before);

  await openView(page, 'Files');
  await page.getByRole('button', { name: 'Delete imported history' }).click();
  await page
    .getByRole('group', { name: /Delete the imported history/ })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByText('Your imported history was deleted from this browser.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Import your streaming history' })).toBeVisible();
  const after = await storedText(page);
  expect(after).not.toContain(oracle.tally().tracksRanked[0]!.name);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Import your streaming history' })).toBeVisible();
  await expect(page.getByLabel('Choose files…')).toBeAttached();
});

test('only for this visit: nothing is written to the device, and a reload starts afresh', async ({ page }) => {
  await page.goto('./import');
  await page.getByRole('radio', { name: /Only for this visit/ }).check();
  await fileInput(page).setInputFiles(await zipOf(generated.files));
  await expect(historyList(page)).toBeVisible();
  expect(await storedText(page)).not.toContain(oracle.tally().tracksRanked[0]!.name);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Import your streaming history' })).toBeVisible();
});
