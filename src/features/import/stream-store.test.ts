// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type StreamChunk } from './protocol';
import { emptyStore, mergeChunks, type StoreData } from './stream-store';

/** A file's streams as the parsers hand them over: in time order, tracks local to the chunk. */
function chunk(streams: readonly [ts: number, track: number, ms: number][]): StreamChunk {
  const sorted = [...streams].sort((a, b) => a[0] - b[0]);
  const tracks = 4;
  return {
    kind: 'extended',
    ts: Uint32Array.from(sorted, ([ts]) => ts),
    track: Uint32Array.from(sorted, ([, track]) => track),
    msPlayed: Uint32Array.from(sorted, ([, , ms]) => ms),
    day: Int32Array.from(sorted, ([ts]) => Math.floor(ts / 86_400)),
    how: Uint8Array.from(sorted, ([ts]) => Math.floor(ts / 3600) % 168),
    tracks: {
      key: Array.from({ length: tracks }, (_, i) => `spotify:track:${i}`),
      name: Array.from({ length: tracks }, (_, i) => `Track ${i}`),
      artist: Array.from({ length: tracks }, () => 'Artist'),
      album: Array.from({ length: tracks }, () => 'Album'),
      kind: new Uint8Array(tracks),
      namedAt: new Float64Array(tracks),
    },
  };
}

/** The oracle: every distinct (second, track URI, ms) once, in time order. */
function distinct(chunks: readonly StreamChunk[]): string[] {
  const all = new Set<string>();
  for (const c of chunks) c.ts.forEach((ts, i) => all.add(`${ts}|${c.tracks.key[c.track[i]!]}|${c.msPlayed[i]}`));
  return [...all].sort((a, b) => Number(a.split('|')[0]) - Number(b.split('|')[0]) || (a < b ? -1 : 1));
}

function streamsOf(store: StoreData): string[] {
  return [...store.ts]
    .map((ts, i) => `${ts}|${store.trackKey[store.track[i]!]}|${store.ms[i]}`)
    .sort((a, b) => Number(a.split('|')[0]) - Number(b.split('|')[0]) || (a < b ? -1 : 1));
}

function inTimeOrder(store: StoreData): boolean {
  return store.ts.every((ts, i) => i === 0 || ts >= store.ts[i - 1]!);
}

/** A deterministic stream of numbers (a linear congruential generator). */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

describe('merging files into the store', () => {
  it('drops the repeats inside one file, at the start, the middle and the end', () => {
    const file = chunk([
      [100, 0, 40_000],
      [100, 0, 40_000],
      [200, 1, 40_000],
      [200, 2, 40_000],
      [200, 1, 40_000],
      [300, 3, 1_000],
      [300, 3, 1_000],
    ]);
    const { store, duplicates } = mergeChunks(emptyStore(), [file]);
    expect(streamsOf(store)).toEqual(distinct([file]));
    expect(duplicates).toBe(3);
    expect([...store.day!]).toEqual([...store.ts].map((ts) => Math.floor(ts / 86_400)));
  });

  it('lays files end to end and merges only where they overlap, whatever order they arrive in', () => {
    const early = chunk([
      [10, 0, 40_000],
      [20, 1, 40_000],
      [30, 2, 40_000],
    ]);
    const overlapping = chunk([
      [30, 2, 40_000],
      [30, 3, 40_000],
      [25, 0, 5_000],
      [40, 1, 40_000],
    ]);
    const late = chunk([
      [50, 0, 40_000],
      [60, 1, 40_000],
    ]);
    for (const order of [
      [early, overlapping, late],
      [late, early, overlapping],
      [overlapping, late, early],
    ]) {
      const { store, duplicates } = mergeChunks(emptyStore(), order);
      expect(streamsOf(store)).toEqual(distinct(order));
      expect(inTimeOrder(store)).toBe(true);
      expect(duplicates).toBe(1);
      // The local days travel with their streams.
      expect([...store.day!]).toEqual([...store.ts].map((ts) => Math.floor(ts / 86_400)));
    }
  });

  it('keeps exactly the distinct streams of many interleaved, overlapping files, and a re-import adds none', () => {
    const next = numbers(7);
    const files = Array.from({ length: 12 }, (_, f) =>
      chunk(
        Array.from({ length: 200 }, () => {
          // Files of neighbouring spans that overlap, and a few that span everything.
          const ts = f % 4 === 3 ? next(5_000) : f * 300 + next(600);
          return [ts, next(4), 30_000 + next(3) * 1_000] as [number, number, number];
        }),
      ),
    );
    const first = mergeChunks(emptyStore(), files);
    expect(streamsOf(first.store)).toEqual(distinct(files));
    expect(inTimeOrder(first.store)).toBe(true);
    expect(first.duplicates).toBe(12 * 200 - distinct(files).length);

    const again = mergeChunks(first.store, files.slice(0, 5));
    expect(again.added).toBe(0);
    expect(streamsOf(again.store)).toEqual(streamsOf(first.store));
    expect(inTimeOrder(again.store)).toBe(true);
  });
});
