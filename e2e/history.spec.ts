// On-device history: each visit to a top list keeps its ids (and nothing else) in IndexedDB;
// a later visit says what changed; the history page exports, imports and deletes it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { signIn, topList } from './support/app';
import { emulatorLog, resetEmulator } from './support/emulator';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Lists = Record<string, Record<string, string[]>>;
interface StoredSnapshot {
  user: string;
  day: string;
  takenAt: number;
  lists: Lists;
}

const DAY = 24 * 60 * 60 * 1000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const shortDay = (day: string) =>
  new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** Everything in the app's history database, by key (the user). Call once the app has opened it. */
function readHistory(page: Page): Promise<Record<string, StoredSnapshot[]>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('heavy-rotation-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('snapshots').objectStore('snapshots');
          const keys = store.getAllKeys();
          const values = store.getAll();
          store.transaction.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]])));
          };
        };
      }),
  );
}

function historyFile(snapshots: StoredSnapshot[]) {
  return {
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        app: 'heavy-rotation',
        kind: 'history',
        version: 1,
        exportedAt: new Date().toISOString(),
        snapshots,
      }),
    ),
  };
}

test.beforeEach(async ({ page }) => {
  await resetEmulator();
  await signIn(page);
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
});

test('a first visit records a snapshot of the list: ids only, keyed by the account', async ({ page }) => {
  await expect(page.getByText(/This list is now in your history/)).toBeVisible();
  const history = await readHistory(page);
  const [[user, snapshots]] = Object.entries(history) as [[string, StoredSnapshot[]]];
  expect(user).toMatch(/^[0-9A-Za-z]{22}$/);
  expect(snapshots).toHaveLength(1);
  const [snapshot] = snapshots as [StoredSnapshot];
  expect(Object.keys(snapshot).sort()).toEqual(['day', 'lists', 'takenAt', 'user']);
  expect(snapshot.day).toBe(dayOf(Date.now()));
  const ids = snapshot.lists.tracks?.short_term ?? [];
  const rows = await topList(page).getByRole('listitem').count();
  expect(ids).toHaveLength(Math.min(rows, 50));
  expect(ids.every((id) => /^[0-9A-Za-z]{22}$/.test(id))).toBe(true);
  // No names: the first track's title appears nowhere in what is stored.
  const firstTitle = await topList(page).getByRole('listitem').first().locator('.item-title').innerText();
  expect(firstTitle).not.toBe('');
  expect(JSON.stringify(history)).not.toContain(firstTitle);
});

test('a later visit shows what entered, left and moved; export, a bad import and delete-all work', async ({ page }) => {
  // Lists of the last year, in-app (the query cache stays): a real artist and a real track that
  // "left" the 4-week lists.
  const recorded = (type: string, range: string) =>
    expect.poll(async () => Object.values(await readHistory(page))[0]?.[0]?.lists[type]?.[range]).toBeDefined();
  const tabs = page.getByRole('navigation', { name: 'Time range' });
  await tabs.getByRole('link', { name: '1 year' }).click();
  await recorded('tracks', 'long_term');
  const [[user, [today]]] = Object.entries(await readHistory(page)) as [[string, [StoredSnapshot]]];
  const tracks = today.lists.tracks!.short_term!;
  const lostReal = today.lists.tracks!.long_term!.find((id) => !tracks.includes(id))!;
  const lostRealName = (await topList(page)
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href$="/track/${lostReal}"]`) })
    .locator('.item-title')
    .textContent())!.trim();
  expect(lostRealName).not.toBe('');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top artists' }).click();
  await recorded('artists', 'short_term');
  await tabs.getByRole('link', { name: '1 year' }).click();
  await recorded('artists', 'long_term');
  const { lists } = Object.values(await readHistory(page))[0]![0]!;
  const artists = lists.artists!.short_term!;
  const gone = lists.artists!.long_term!.find((id) => !artists.includes(id))!;
  const goneName = (await topList(page).locator(`a.item-title[href$="/artist/${gone}"]`).textContent())!.trim();
  expect(goneName).not.toBe('');

  // Yesterday: #1 was #3, #2 and #3 were one higher, and #4 and #5 were others (two entered, two left:
  // one the app has seen this session, one it never has).
  const yesterday = Date.now() - DAY;
  const lostTrack = '0000000000000000000001';
  const lostArtist = '0000000000000000000002';
  const then = (ids: string[], lost: string[]) => [ids[1]!, ids[2]!, ids[0]!, ...lost, ...ids.slice(5)];
  const earlier: StoredSnapshot = {
    user,
    day: dayOf(yesterday),
    takenAt: yesterday,
    lists: {
      tracks: { short_term: then(tracks, [lostTrack, lostReal]) },
      artists: { short_term: then(artists, [gone, lostArtist]) },
    },
  };

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'Your history', level: 1 })).toBeVisible();
  await expect(page.getByText('only the ids and ranks')).toBeVisible();
  await expect(page.getByText('older than 180 days are deleted automatically')).toBeVisible();
  await page.getByLabel('Import history').setInputFiles(historyFile([earlier]));
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 snapshot' })).toBeVisible();

  const summary = `Since your last visit on ${shortDay(earlier.day)}: 2 new, 2 dropped out, 1 moved up, 2 moved down.`;
  await expect(page.getByText(summary)).toBeVisible();
  const entered = page.getByRole('list', { name: 'New in your top tracks' });
  await expect(entered.getByRole('listitem')).toHaveCount(2);
  await expect(entered.getByRole('listitem').first()).toContainText('#4');
  await expect(entered.getByRole('listitem').last()).toContainText('#5');
  const left = page.getByRole('list', { name: 'Dropped out' }).getByRole('listitem');
  // A track seen this session (the 1-year list) is named; one never seen is a link to Spotify.
  await expect(left).toHaveText([/A track no longer in your top list/, new RegExp(escapeRegExp(lostRealName))]);
  await expect(left.first().getByRole('link', { name: 'Open it in Spotify' })).toHaveAttribute(
    'href',
    `https://open.spotify.com/track/${lostTrack}`,
  );

  // Artists that left are named, read again from the API (a reload: nothing of them is cached).
  await page.goto('./history?type=artists&range=short_term');
  const leftArtists = page.getByRole('list', { name: 'Dropped out' }).getByRole('listitem');
  await expect(leftArtists).toHaveText([new RegExp(escapeRegExp(goneName)), /An artist Spotify no longer finds/]);
  expect(await emulatorLog({ service: 'api', path: `/artists/${gone}` })).not.toHaveLength(0);

  // And the list page says it too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Top tracks' }).click();
  await expect(page.getByText(summary)).toBeVisible();

  // Export: the history as JSON, ids only.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export history' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^heavy-rotation-history-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    app: string;
    kind: string;
    version: number;
    snapshots: StoredSnapshot[];
  };
  expect(exported).toMatchObject({ app: 'heavy-rotation', kind: 'history', version: 1 });
  expect(exported.snapshots.map((s) => s.day)).toEqual([earlier.day, today.day]);
  expect(exported.snapshots[0]!.lists).toEqual(earlier.lists);
  expect(exported.snapshots[1]!.lists.tracks!.short_term).toEqual(tracks);
  expect(JSON.stringify(exported)).not.toContain(goneName);

  // A file that isn't a history file: said inline, nothing changes.
  await page.getByLabel('Import history').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('alert')).toHaveText("This isn't a Heavy Rotation history file.");
  expect(Object.values(await readHistory(page)).flat()).toHaveLength(2);

  // Delete all, after a confirmation: storage is empty, and stays so.
  await page.getByRole('button', { name: 'Delete all history' }).click();
  await page.getByRole('button', { name: 'Yes, delete all history' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All history on this device is deleted.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No earlier visit yet' })).toBeVisible();
  expect(Object.values(await readHistory(page)).flat()).toEqual([]);
});

test('without IndexedDB, history says it is off and the top list still works', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.reload();
  await expect(topList(page).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByText("History is off: this browser doesn't allow on-device storage here.")).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History is off in this browser' })).toBeVisible();
});
