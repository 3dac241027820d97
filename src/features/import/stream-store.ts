// The history in its compact form: every stream as three numbers in typed arrays (end time
// in UTC seconds, ms played, track index), sorted by time and deduplicated, and one table
// each of tracks, artists and albums. This is what is kept (in memory or IndexedDB);
// history-index.ts builds the views that queries read from it.
import { KIND_CODES, NAME_KEY, PODCAST_NAME_KEY } from './parse-records';
import { type EntryKind, type StreamChunk } from './protocol';

export { KIND_CODES };
export const KINDS: EntryKind[] = ['music', 'podcast', 'audiobook', 'video'];

export interface StoreTables {
  /** Per track: its key (a URI, or a name key for account data), names and kind. */
  trackKey: string[];
  trackName: string[];
  trackArtist: number[];
  trackAlbum: number[];
  trackKind: number[];
  /** The UTC second of the record the names came from: the latest wins. */
  trackNamedAt: number[];
  artistName: string[];
  albumName: string[];
  albumArtist: number[];
}

export interface StoreColumns {
  ts: Uint32Array;
  ms: Uint32Array;
  track: Uint32Array;
}

export interface StoreData extends StoreTables, StoreColumns {
  /** In memory only: each stream's local day and hour of the week, when known (history-index.ts). */
  day?: Int32Array;
  how?: Uint8Array;
}

/** True for tracks from account data (no ids): their streams count only outside extended's span. */
export const isAccountKey = (key: string) => key.startsWith(NAME_KEY) || key.startsWith(PODCAST_NAME_KEY);

export function emptyStore(): StoreData {
  return {
    trackKey: [],
    trackName: [],
    trackArtist: [],
    trackAlbum: [],
    trackKind: [],
    trackNamedAt: [],
    artistName: [],
    albumName: [],
    albumArtist: [],
    ts: new Uint32Array(0),
    ms: new Uint32Array(0),
    track: new Uint32Array(0),
  };
}

/** Interns names into a store's tables (its maps are rebuilt from the tables when needed). */
export class TableBuilder {
  private readonly tracks = new Map<string, number>();
  private readonly artists = new Map<string, number>();
  private readonly albums = new Map<string, number>();

  constructor(readonly tables: StoreTables) {
    tables.trackKey.forEach((key, i) => this.tracks.set(key, i));
    tables.artistName.forEach((name, i) => this.artists.set(name, i));
    tables.albumName.forEach((name, i) => this.albums.set(`${tables.albumArtist[i]}\u0000${name}`, i));
  }

  artist(name: string): number {
    let id = this.artists.get(name);
    if (id === undefined) {
      id = this.tables.artistName.length;
      this.artists.set(name, id);
      this.tables.artistName.push(name);
    }
    return id;
  }

  album(artist: number, name: string): number {
    const key = `${artist}\u0000${name}`;
    let id = this.albums.get(key);
    if (id === undefined) {
      id = this.tables.albumName.length;
      this.albums.set(key, id);
      this.tables.albumName.push(name);
      this.tables.albumArtist.push(artist);
    }
    return id;
  }

  /** The global index of each of a chunk's tracks, adding or renaming as the latest record says. */
  chunkTracks(chunk: StreamChunk): Uint32Array {
    const t = this.tables;
    const c = chunk.tracks;
    const map = new Uint32Array(c.key.length);
    for (let local = 0; local < c.key.length; local++) {
      const key = c.key[local]!;
      const name = c.name[local]!;
      const artistName = c.artist[local]!;
      const albumName = c.album[local]!;
      const namedAt = c.namedAt[local]!;
      let id = this.tracks.get(key);
      const rename = id === undefined || namedAt >= t.trackNamedAt[id]!;
      if (id === undefined) {
        id = t.trackKey.length;
        this.tracks.set(key, id);
        t.trackKey.push(key);
        t.trackName.push('');
        t.trackArtist.push(0);
        t.trackAlbum.push(0);
        t.trackKind.push(c.kind[local]!);
        t.trackNamedAt.push(namedAt);
      }
      if (rename) {
        t.trackNamedAt[id] = namedAt;
        // Most files name a track as the others do: intern only what is new.
        const same =
          t.trackName[id] === name &&
          t.artistName[t.trackArtist[id]!] === artistName &&
          t.albumName[t.trackAlbum[id]!] === albumName &&
          t.trackName[id] !== '';
        if (!same) {
          const artist = this.artist(artistName);
          t.trackName[id] = name;
          t.trackArtist[id] = artist;
          t.trackAlbum[id] = this.album(artist, albumName);
        }
      }
      map[local] = id;
    }
    return map;
  }
}

const INDEX_BITS = 2 ** 23;

/**
 * The positions of `ts` in time order (stable), or null when it is already in order. `runs`
 * are the lengths of its parts, each already sorted (the store, then each file): they are
 * laid end to end by first time, and where one overlaps the last (overlapping files) only
 * the overlap is merged. Interleaved parts fall back to one sort of the whole.
 */
export function timeOrder(ts: Uint32Array, runs: readonly number[]): Uint32Array | null {
  const total = ts.length;
  let sorted = true;
  for (let i = 1; i < total && sorted; i++) if (ts[i]! < ts[i - 1]!) sorted = false;
  if (sorted) return null;
  const starts: [number, number][] = [];
  for (let r = 0, at = 0; r < runs.length; at += runs[r]!, r++) if (runs[r]! > 0) starts.push([at, at + runs[r]!]);
  starts.sort((a, b) => ts[a[0]]! - ts[b[0]]! || a[0] - b[0]);
  const order = new Uint32Array(total);
  const scratch = new Uint32Array(total);
  let length = 0;
  let moved = 0;
  for (const [start, end] of starts) {
    if (length === 0 || ts[start]! >= ts[order[length - 1]!]!) {
      for (let i = start; i < end; i++) order[length++] = i;
      continue;
    }
    // Merge the run into the tail of the order that comes after its first time.
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[order[mid]!]! <= ts[start]!) lo = mid + 1;
      else hi = mid;
    }
    moved += length - lo + end - start;
    if (moved > 4 * total) return sortedOrder(ts);
    let a = lo;
    let b = start;
    let out = 0;
    while (a < length && b < end) scratch[out++] = ts[order[a]!]! <= ts[b]! ? order[a++]! : b++;
    while (a < length) scratch[out++] = order[a++]!;
    while (b < end) scratch[out++] = b++;
    order.set(scratch.subarray(0, out), lo);
    length = lo + out;
  }
  return order;
}

/** One sort of every position by (time, position): exact in a double for 8 million streams over 30 years. */
function sortedOrder(ts: Uint32Array): Uint32Array {
  const keys = new Float64Array(ts.length);
  let first = Infinity;
  for (let i = 0; i < ts.length; i++) first = Math.min(first, ts[i]!);
  for (let i = 0; i < ts.length; i++) keys[i] = (ts[i]! - first) * INDEX_BITS + i;
  keys.sort();
  return Uint32Array.from(keys, (key) => key % INDEX_BITS);
}

export interface MergeResult {
  store: StoreData;
  added: number;
  duplicates: number;
}

/**
 * A merge into a store, chunk by chunk as files finish parsing, so the names are interned
 * while other files are still being read; `finish` then sorts by time and drops the repeats
 * (the same second, track and ms played: overlapping files, a re-import). The given store is
 * left as it was, so a cancelled import loses nothing.
 */
export class StoreMerge {
  private readonly tables: StoreTables;
  private readonly builder: TableBuilder;
  private readonly parts: {
    ts: Uint32Array;
    ms: Uint32Array;
    track: Uint32Array;
    day?: Int32Array;
    how?: Uint8Array;
  }[] = [];

  constructor(private readonly base: StoreData) {
    this.tables = {
      trackKey: [...base.trackKey],
      trackName: [...base.trackName],
      trackArtist: [...base.trackArtist],
      trackAlbum: [...base.trackAlbum],
      trackKind: [...base.trackKind],
      trackNamedAt: [...base.trackNamedAt],
      artistName: [...base.artistName],
      albumName: [...base.albumName],
      albumArtist: [...base.albumArtist],
    };
    this.builder = new TableBuilder(this.tables);
    if (base.ts.length > 0) this.parts.push(base);
  }

  add(chunk: StreamChunk): void {
    const map = this.builder.chunkTracks(chunk);
    const track = new Uint32Array(chunk.track.length);
    for (let i = 0; i < track.length; i++) track[i] = map[chunk.track[i]!]!;
    this.parts.push({ ts: chunk.ts, ms: chunk.msPlayed, track, day: chunk.day, how: chunk.how });
  }

  finish(): MergeResult {
    const { base, parts } = this;
    const total = parts.reduce((sum, part) => sum + part.ts.length, 0);
    if (total >= INDEX_BITS) throw new RangeError('too-many-streams'); // a code: import-errors.ts
    const ts = new Uint32Array(total);
    const ms = new Uint32Array(total);
    const track = new Uint32Array(total);
    // Local days carried along when every part has them (they come from the parsers).
    const withDays = parts.every((part) => part.day && part.how);
    const day = withDays ? new Int32Array(total) : null;
    const how = withDays ? new Uint8Array(total) : null;
    let at = 0;
    for (const part of parts) {
      ts.set(part.ts, at);
      ms.set(part.ms, at);
      track.set(part.track, at);
      if (day && how) {
        day.set(part.day!, at);
        how.set(part.how!, at);
      }
      at += part.ts.length;
    }

    const order = timeOrder(
      ts,
      parts.map((part) => part.ts.length),
    );
    const outTs = new Uint32Array(total);
    const outMs = new Uint32Array(total);
    const outTrack = new Uint32Array(total);
    const outDay = day ? new Int32Array(total) : null;
    const outHow = how ? new Uint8Array(total) : null;
    let kept = 0;
    let runStart = 0;
    for (let k = 0; k < total; k++) {
      const i = order ? order[k]! : k;
      const second = ts[i]!;
      const id = track[i]!;
      const played = ms[i]!;
      if (kept === 0 || outTs[kept - 1] !== second) runStart = kept;
      let repeat = false;
      for (let j = runStart; j < kept; j++) {
        if (outTrack[j] === id && outMs[j] === played) {
          repeat = true;
          break;
        }
      }
      if (repeat) continue;
      outTs[kept] = second;
      outMs[kept] = played;
      outTrack[kept] = id;
      if (outDay && outHow) {
        outDay[kept] = day![i]!;
        outHow[kept] = how![i]!;
      }
      kept++;
    }
    const store: StoreData = {
      ...this.tables,
      ts: outTs.slice(0, kept),
      ms: outMs.slice(0, kept),
      track: outTrack.slice(0, kept),
      ...(outDay && outHow ? { day: outDay.slice(0, kept), how: outHow.slice(0, kept) } : {}),
    };
    return { store, added: kept - base.ts.length, duplicates: total - kept };
  }
}

/** The store with the chunks' streams added (StoreMerge in one go). */
export function mergeChunks(base: StoreData, chunks: readonly StreamChunk[]): MergeResult {
  const merge = new StoreMerge(base);
  for (const chunk of chunks) merge.add(chunk);
  return merge.finish();
}
