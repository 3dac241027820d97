import { describe, expect, it } from 'vitest';
import {
  changesSince,
  fromImport,
  HistoryFileError,
  lastVisit,
  lastVisitWith,
  mergeIntoToday,
  mergeSnapshots,
  prune,
  toExport,
  type Snapshot,
} from './history-model';
import { now, snap } from './test-snapshots';

/** What fromImport finds wrong with a file's text, or undefined when it takes it. */
function problemOf(text: string): string | undefined {
  try {
    fromImport(text, now);
  } catch (error) {
    if (error instanceof HistoryFileError) return error.problem;
    throw error;
  }
  return undefined;
}

describe('history', () => {
  it('deletes snapshots past the retention period', () => {
    const kept = prune([snap(1, ['a']), snap(179, ['b']), snap(181, ['c'])], now);
    expect(kept.map((s) => s.lists.tracks?.short_term)).toEqual([['a'], ['b']]);
  });

  it('keeps one snapshot per user and day, merging lists seen later that day', () => {
    const morning = mergeIntoToday(undefined, 'u1', now - 3600_000, { tracks: { short_term: ['a', 'b'] } });
    const noon = mergeIntoToday(morning, 'u1', now, { tracks: { long_term: ['c'] }, artists: { short_term: ['x'] } });
    expect(noon).toEqual({
      user: 'u1',
      day: '2026-11-29',
      takenAt: now,
      lists: { tracks: { short_term: ['a', 'b'], long_term: ['c'] }, artists: { short_term: ['x'] } },
    });
    expect(mergeIntoToday(noon, 'u2', now, {}).lists).toEqual({});
  });

  it('finds the last visit on an earlier day, for the same user', () => {
    const snapshots = [snap(0, ['today']), snap(2, ['older']), snap(1, ['yesterday']), snap(1, ['other'], 'u2')];
    expect(lastVisit(snapshots, 'u1', now)?.lists.tracks?.short_term).toEqual(['yesterday']);
    expect(lastVisit([snap(0, ['today'])], 'u1', now)).toBeUndefined();
  });

  it('lists what entered, left and moved since then', () => {
    const changes = changesSince(['a', 'b', 'c', 'd'], ['c', 'a', 'e', 'd']);
    expect(changes.entered).toEqual(['e']);
    expect(changes.left).toEqual(['b']);
    expect([...changes.moved]).toEqual([
      ['c', 2],
      ['a', -1],
    ]);
  });

  it('round-trips through export and import, and rejects files that are not ours', () => {
    const snapshots = [snap(1, ['a', 'b'])];
    expect(fromImport(JSON.stringify(toExport(snapshots, now)), now)).toEqual(snapshots);
    expect(problemOf('not json')).toBe('notJson');
    expect(problemOf('{"app":"other"}')).toBe('notHistory');
    const hostile = toExport([{ ...snap(1, ['a']), lists: { tracks: { short_term: ['<script>'] } } }], now);
    expect(problemOf(JSON.stringify(hostile))).toBe('notIds');
    const partial = toExport([{ ...snap(1, ['a']), takenAt: 'yesterday' as unknown as number }], now);
    expect(problemOf(JSON.stringify(partial))).toBe('incomplete');
  });

  it('drops names or artwork smuggled into an import, keeping ids and ranks only', () => {
    const file = toExport([snap(1, ['a'])], now) as unknown as { snapshots: Record<string, unknown>[] };
    file.snapshots[0]!.names = { a: 'Some Song' };
    const [imported] = fromImport(JSON.stringify(file), now);
    expect(Object.keys(imported!)).toEqual(['user', 'day', 'takenAt', 'lists']);
  });

  it('compares with the latest earlier day that holds the same list', () => {
    const artistsOnly: Snapshot = { ...snap(1, []), lists: { artists: { short_term: ['x'] } } };
    const found = lastVisitWith(
      [snap(5, ['a']), snap(3, ['b']), artistsOnly, snap(0, ['today'])],
      'u1',
      now,
      'tracks',
      'short_term',
    );
    expect(found?.ids).toEqual(['b']);
    expect(lastVisitWith([snap(3, ['b'], 'u2')], 'u1', now, 'tracks', 'short_term')).toBeUndefined();
    expect(lastVisitWith([snap(3, ['b'])], 'u1', now, 'tracks', 'long_term')).toBeUndefined();
  });

  it('merges two histories into one snapshot per user and day, the later-taken list winning', () => {
    const early = snap(1, ['a']);
    const late = {
      ...snap(1, ['b']),
      takenAt: early.takenAt + 1000,
      lists: { tracks: { short_term: ['b'] }, artists: { long_term: ['x'] } },
    };
    const merged = mergeSnapshots([late, snap(2, ['c'], 'u2')], [early]);
    expect(merged.map((s) => [s.user, s.day, s.lists])).toEqual([
      ['u2', '2026-11-27', { tracks: { short_term: ['c'] } }],
      ['u1', '2026-11-28', { tracks: { short_term: ['b'] }, artists: { long_term: ['x'] } }],
    ]);
  });
});
