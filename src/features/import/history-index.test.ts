// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildIndex } from './history-index';
import { parseHistoryText } from './parse-records';
import { type Period, type QueryParams, type StreamChunk } from './protocol';
import { decodeStore, encodeStore } from './store-codec';
import { emptyStore, mergeChunks, timeOrder } from './stream-store';
import { account, extended, type ExtendedRow } from './test-records';

function chunkOf(text: string, name = 'x.json'): StreamChunk {
  const outcome = parseHistoryText(text, name, false);
  if (!outcome.ok || !outcome.chunk) throw new Error(`no chunk from ${name}`);
  return outcome.chunk;
}

const utcOffset = () => 0;
const top = (index: ReturnType<typeof buildIndex>, period: Period, extra: Partial<QueryParams> = {}) =>
  index.query({ period, entity: 'track', metric: 'plays', allStreams: false, offset: 0, limit: 10, ...extra });

const song = (ts: string, ms: number, uri = 'spotify:track:a', track = 'Song A', artist = 'Artist A'): ExtendedRow => ({
  ts,
  ms,
  uri,
  track,
  artist,
});

describe('the store', () => {
  const rows = [
    song('2020-01-01T10:00:00Z', 200_000),
    song('2020-01-01T10:05:00Z', 200_000, 'spotify:track:b', 'Song B'),
    song('2020-01-02T10:00:00Z', 30_000),
    song('2020-01-02T10:05:00Z', 29_999),
  ];

  it('counts a stream from two files once, and a second import of the same files changes nothing', () => {
    const first = mergeChunks(emptyStore(), [chunkOf(extended(rows)), chunkOf(extended(rows.slice(2)))]);
    expect(first.store.ts.length).toBe(4);
    expect(first.duplicates).toBe(2);
    const again = mergeChunks(first.store, [chunkOf(extended(rows))]);
    expect(again.added).toBe(0);
    expect([...again.store.ts]).toEqual([...first.store.ts]);
    expect(top(buildIndex(again.store, utcOffset), { kind: 'all' })).toEqual(
      top(buildIndex(first.store, utcOffset), { kind: 'all' }),
    );
  });

  it('keeps two streams of one second when the track or the ms played differ', () => {
    const same = '2020-01-01T10:00:00Z';
    const merged = mergeChunks(emptyStore(), [
      chunkOf(extended([song(same, 40_000), song(same, 41_000), song(same, 40_000, 'spotify:track:b')])),
    ]);
    expect(merged.store.ts.length).toBe(3);
  });

  it('counts plays from 30,000 ms, and every stream with the switch', () => {
    const index = buildIndex(mergeChunks(emptyStore(), [chunkOf(extended(rows))]).store, utcOffset);
    const plays = top(index, { kind: 'all' });
    expect(plays.rows.map((r) => [r.name, r.count])).toEqual([
      ['Song A', 2],
      ['Song B', 1],
    ]);
    const streams = top(index, { kind: 'all' }, { allStreams: true });
    expect(streams.rows[0]).toMatchObject({ name: 'Song A', count: 3, ms: 259_999 });
  });

  it('shows a renamed track under its latest name, and keeps two tracks of one title apart', () => {
    const index = buildIndex(
      mergeChunks(emptyStore(), [
        chunkOf(extended([song('2021-05-01T10:00:00Z', 90_000, 'spotify:track:a', 'New title')])),
        chunkOf(extended([song('2019-05-01T10:00:00Z', 90_000, 'spotify:track:a', 'Old title')])),
        chunkOf(extended([song('2019-05-02T10:00:00Z', 90_000, 'spotify:track:c', 'New title', 'Someone else')])),
      ]).store,
      utcOffset,
    );
    const rows = top(index, { kind: 'all' }).rows;
    expect(rows.map((r) => [r.name, r.artist, r.count])).toEqual([
      ['New title', 'Artist A', 2],
      ['New title', 'Someone else', 1],
    ]);
    expect(rows[0]!.uri).toBe('spotify:track:a');
  });

  it('survives being stored and read back', async () => {
    const store = mergeChunks(emptyStore(), [chunkOf(extended(rows))]).store;
    const back = await decodeStore(await encodeStore(store));
    // Local days are not stored: they are worked out again for the zone the page is in.
    const { day: _day, how: _how, ...stored } = store;
    expect(back).toEqual(stored);
  });
});

describe('extended history and account data together', () => {
  const ext = extended([song('2023-06-01T10:00:00Z', 100_000), song('2023-12-20T10:00:00Z', 100_000)]);
  const acc = account([
    { endTime: '2023-05-01 10:00', artist: 'Artist A', track: 'Song A', ms: 100_000 }, // before: counts
    { endTime: '2023-06-01 10:00', artist: 'Artist A', track: 'Song A', ms: 100_000 }, // covered: extended wins
    { endTime: '2023-12-20 10:00', artist: 'Artist A', track: 'Song A', ms: 100_000 }, // covered
    { endTime: '2024-01-10 10:00', artist: 'Artist A', track: 'Song A', ms: 100_000 }, // after: counts
    { endTime: '2024-01-11 10:00', artist: 'Nobody', track: 'Unknown', ms: 100_000 }, // after, no match
  ]);

  it('counts extended wherever it covers, account data only outside, and says so', () => {
    const index = buildIndex(mergeChunks(emptyStore(), [chunkOf(acc), chunkOf(ext)]).store, utcOffset);
    const rows = top(index, { kind: 'all' }).rows;
    expect(rows.map((r) => [r.name, r.count, r.uri])).toEqual([
      ['Song A', 4, 'spotify:track:a'],
      ['Unknown', 1, undefined],
    ]);
    expect(index.status('visit').sources).toEqual({
      extended: { from: '2023-06-01', to: '2023-12-20' },
      account: { from: '2023-05-01', to: '2024-01-11' },
      accountCounted: [
        { from: '2023-05-01', to: '2023-06-01' },
        { from: '2023-12-20', to: '2024-01-11' },
      ],
    });
  });

  it('gives the same counts whichever is imported first', () => {
    const a = mergeChunks(mergeChunks(emptyStore(), [chunkOf(acc)]).store, [chunkOf(ext)]).store;
    const b = mergeChunks(mergeChunks(emptyStore(), [chunkOf(ext)]).store, [chunkOf(acc)]).store;
    expect(top(buildIndex(a, utcOffset), { kind: 'all' }).rows).toEqual(
      top(buildIndex(b, utcOffset), { kind: 'all' }).rows,
    );
  });
});

describe('periods', () => {
  // Streams either side of the new year in UTC: Tokyo moves three into the new year, New York all into the old.
  const rows = [
    song('2023-12-31T14:30:00Z', 60_000),
    song('2023-12-31T23:59:59Z', 60_000),
    song('2024-01-01T00:00:00Z', 60_000, 'spotify:track:b', 'Song B'),
    song('2024-01-01T03:00:00Z', 60_000, 'spotify:track:b', 'Song B'),
  ];
  const store = mergeChunks(emptyStore(), [chunkOf(extended(rows))]).store;
  const year = (offsetMinutes: number, y: number) =>
    top(
      buildIndex(store, () => offsetMinutes),
      { kind: 'year', year: y },
    ).rows.map((r) => [r.name, r.count]);

  it('splits years in the browser’s time zone', () => {
    expect(year(0, 2023)).toEqual([['Song A', 2]]);
    expect(year(0, 2024)).toEqual([['Song B', 2]]);
    expect(year(9 * 60, 2023)).toEqual([['Song A', 1]]);
    expect(year(9 * 60, 2024)).toEqual([
      ['Song B', 2],
      ['Song A', 1],
    ]);
    expect(year(-5 * 60, 2023)).toEqual([
      ['Song A', 2],
      ['Song B', 2],
    ]);
    expect(year(-5 * 60, 2024)).toEqual([]);
  });

  it('resolves the last weeks and months from the history’s last day, and custom ranges inclusive', () => {
    const index = buildIndex(
      mergeChunks(emptyStore(), [
        chunkOf(
          extended([
            song('2024-02-29T12:00:00Z', 60_000),
            song('2024-03-03T12:00:00Z', 60_000),
            song('2024-08-03T12:00:00Z', 60_000),
            song('2024-08-31T12:00:00Z', 60_000),
          ]),
        ),
      ]).store,
      utcOffset,
    );
    expect(top(index, { kind: 'last', span: '4w' }).span).toEqual({ from: '2024-08-04', to: '2024-08-31' });
    expect(top(index, { kind: 'last', span: '4w' }).rows[0]!.count).toBe(1);
    expect(top(index, { kind: 'last', span: '6m' }).span).toEqual({ from: '2024-03-01', to: '2024-08-31' });
    expect(top(index, { kind: 'last', span: '6m' }).rows[0]!.count).toBe(3);
    expect(top(index, { kind: 'last', span: '12m' }).rows[0]!.count).toBe(4);
    expect(top(index, { kind: 'range', from: '2024-03-03', to: '2024-08-03' }).rows[0]!.count).toBe(2);
  });
});

describe('summary and details', () => {
  const rows = [
    song('2024-03-04T08:10:00Z', 60_000), // Monday
    song('2024-03-04T08:20:00Z', 60_000),
    song('2024-03-04T09:20:00Z', 60_000, 'spotify:track:b', 'Song B', 'Artist B'),
    song('2024-03-05T08:10:00Z', 60_000),
    song('2024-03-07T08:10:00Z', 10_000), // a skip: no day listened
    song('2024-03-08T08:10:00Z', 60_000, 'spotify:track:b', 'Song B', 'Artist B'),
    { ts: '2024-03-08T20:00:00Z', ms: 1_200_000, episode: { uri: 'spotify:episode:e', name: 'Ep', show: 'Show' } },
  ];
  const index = buildIndex(mergeChunks(emptyStore(), [chunkOf(extended(rows))]).store, utcOffset);

  it('totals music, with podcasts apart, streaks and the busiest day', () => {
    const s = index.summary({ kind: 'all' }, false);
    expect(s.totals).toMatchObject({ count: 5, ms: 300_000, tracks: 2, artists: 2, albums: 2, daysListened: 3 });
    expect(s.totals.podcasts).toEqual({ streams: 1, plays: 1, ms: 1_200_000 });
    expect(s.longestStreak).toEqual({ days: 2, from: '2024-03-04', to: '2024-03-05' });
    expect(s.mostPlaysInOneDay).toMatchObject({ date: '2024-03-04', count: 2, track: { name: 'Song A' } });
    expect(s.clock[0]![8]).toBe(2);
    expect(s.clock[0]![9]).toBe(1);
    expect(s.clock[4]![8]).toBe(1);
    expect(s.perMonth).toEqual([{ month: '2024-03', count: 5, ms: 300_000 }]);
    expect(s.firstPlayed.map((f) => [f.track.name, new Date(f.first).toISOString()])).toEqual([
      ['Song A', '2024-03-04T08:10:00.000Z'],
      ['Song B', '2024-03-04T09:20:00.000Z'],
    ]);
  });

  it('ranks artists by minutes and filters by name', () => {
    const byMinutes = index.query({
      period: { kind: 'all' },
      entity: 'artist',
      metric: 'minutes',
      allStreams: false,
      offset: 0,
      limit: 5,
    });
    expect(byMinutes.rows.map((r) => [r.name, r.count, r.ms])).toEqual([
      ['Artist A', 3, 180_000],
      ['Artist B', 2, 120_000],
    ]);
    const filtered = index.query({
      period: { kind: 'all' },
      entity: 'track',
      metric: 'plays',
      allStreams: false,
      filter: 'artist b',
      offset: 0,
      limit: 5,
    });
    expect(filtered.rows.map((r) => [r.name, r.rank])).toEqual([['Song B', 2]]);
    expect(filtered.total).toBe(1);
  });

  it('answers plays per URI and per artist name by year', () => {
    expect(index.playsByUri(['spotify:track:b', 'spotify:track:none'], false)).toEqual({
      'spotify:track:b': { count: 2, ms: 120_000, perYear: [{ year: 2024, count: 2, ms: 120_000 }] },
    });
    expect(index.playsByArtistName('artist a', false).count).toBe(3);
    const detail = index.entityDetail('artist', 'Artist B', { kind: 'all' }, false);
    expect(detail.row).toMatchObject({ name: 'Artist B', count: 2 });
    expect(detail.perYear).toEqual([{ year: 2024, count: 2, ms: 120_000 }]);
  });
});

describe('time order of merged parts', () => {
  const check = (parts: number[][]) => {
    const ts = Uint32Array.from(parts.flat());
    const order = timeOrder(
      ts,
      parts.map((p) => p.length),
    );
    const positions = order ? [...order] : [...ts.keys()];
    const expected = [...ts.keys()].sort((a, b) => ts[a]! - ts[b]! || a - b);
    expect(positions).toEqual(expected);
  };

  it('lays parts end to end, merges overlaps stably, and sorts interleaved parts', () => {
    check([
      [1, 2, 3],
      [4, 5],
    ]);
    check([
      [4, 5, 6],
      [1, 2, 3],
    ]);
    check([
      [1, 3, 5, 7],
      [5, 6, 8],
      [2, 2, 9],
    ]);
    check([[], [3, 3], [3]]);
    check(Array.from({ length: 12 }, (_, r) => Array.from({ length: 20 }, (_, i) => i * 12 + r)));
  });
});
