import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, now, snap } from './test-snapshots';

// A fresh database and a fresh module (its cached connection) per test.
async function freshStore() {
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.resetModules();
  return import('./history-store');
}

describe('history store', () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  beforeEach(async () => {
    store = await freshStore();
  });

  it('merges every list seen today into one snapshot per user and day, and keeps earlier days', async () => {
    await store.importSnapshots([snap(3, ['old'])], now);
    await store.recordLists('u1', { tracks: { short_term: ['a', 'b'] } }, now - 60_000);
    await store.recordLists('u1', { artists: { long_term: ['x'] } }, now);
    await store.recordLists('u2', { tracks: { short_term: ['z'] } }, now);

    const mine = await store.loadUserHistory('u1', now);
    expect(mine.map((s) => [s.day, s.lists])).toEqual([
      ['2026-11-26', { tracks: { short_term: ['old'] } }],
      ['2026-11-29', { tracks: { short_term: ['a', 'b'] }, artists: { long_term: ['x'] } }],
    ]);
    expect((await store.loadHistory(now)).map((s) => s.user).sort()).toEqual(['u1', 'u1', 'u2']);
  });

  it('deletes snapshots past 180 days when loading, and again when saving', async () => {
    await store.importSnapshots([snap(10, ['kept']), snap(100, ['aging'])], now);
    // 90 days on, the 100-day-old snapshot is 190 days old.
    const later = now + 90 * DAY;
    expect((await store.loadUserHistory('u1', later)).map((s) => s.lists.tracks?.short_term)).toEqual([['kept']]);
    // And it is gone from storage, not just hidden.
    expect((await store.loadHistory(now)).map((s) => s.lists.tracks?.short_term)).toEqual([['kept']]);

    await store.recordLists('u1', { tracks: { short_term: ['new'] } }, now + 200 * DAY);
    expect((await store.loadHistory(now)).map((s) => s.lists.tracks?.short_term)).toEqual([['new']]);
  });

  it('imports into what is there: new days are added, a shared day keeps both lists', async () => {
    await store.recordLists('u1', { tracks: { short_term: ['today'] } }, now);
    const count = await store.importSnapshots(
      [snap(2, ['earlier']), { ...snap(0, []), takenAt: now - 1000, lists: { artists: { short_term: ['x'] } } }],
      now,
    );
    expect(count).toBe(2);
    const mine = await store.loadUserHistory('u1', now);
    expect(mine.map((s) => s.lists)).toEqual([
      { tracks: { short_term: ['earlier'] } },
      { tracks: { short_term: ['today'] }, artists: { short_term: ['x'] } },
    ]);
  });

  it('clears every user', async () => {
    await store.recordLists('u1', { tracks: { short_term: ['a'] } }, now);
    await store.recordLists('u2', { tracks: { short_term: ['b'] } }, now);
    await store.clearHistory();
    expect(await store.loadHistory(now)).toEqual([]);
  });

  it('says history is unavailable, rather than failing oddly, without IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.resetModules();
    const bare = await import('./history-store');
    await expect(bare.loadUserHistory('u1', now)).rejects.toBeInstanceOf(bare.HistoryUnavailableError);
    await expect(bare.recordLists('u1', {}, now)).rejects.toThrow(/private window/);
  });

  it('says history is unavailable when the browser refuses to open the database', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.');
    });
    vi.stubGlobal('indexedDB', factory);
    vi.resetModules();
    const refused = await import('./history-store');
    await expect(refused.clearHistory()).rejects.toBeInstanceOf(refused.HistoryUnavailableError);
  });
});
