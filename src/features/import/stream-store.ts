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
    // Local days carried along when every part has them (they come from the parsers).
    const withDays = parts.every((part) => part.day && part.how);
    const out = columns(total, withDays);
    // Each part is in time order: laid end to end by first time, copied whole where it starts
    // after the last one ends, merged only where it overlaps (overlapping files). Interleaved
    // parts (a re-import over the whole history) fall back to one sort of everything.
    const ordered = parts.filter((part) => part.ts.length > 0).sort((a, b) => a.ts[0]! - b.ts[0]!);
    let length = 0;
    let moved = 0;
    for (const part of ordered) {
      if (length === 0 || part.ts[0]! > out.ts[length - 1]!) {
        length = appendPart(out, length, part);
        continue;
      }
      const lo = lowerBound(out.ts, length, part.ts[0]!);
      moved += length - lo + part.ts.length;
      if (moved > 4 * total) {
        length = sortAll(parts, total, out);
        break;
      }
      length = mergePart(out, lo, length, part);
    }
    const store: StoreData = {
      ...this.tables,
      ts: out.ts.slice(0, length),
      ms: out.ms.slice(0, length),
      track: out.track.slice(0, length),
      ...(out.day && out.how ? { day: out.day.slice(0, length), how: out.how.slice(0, length) } : {}),
    };
    return { store, added: length - base.ts.length, duplicates: total - length };
  }
}

interface Part {
  ts: Uint32Array;
  ms: Uint32Array;
  track: Uint32Array;
  day?: Int32Array;
  how?: Uint8Array;
}

interface Columns {
  ts: Uint32Array;
  ms: Uint32Array;
  track: Uint32Array;
  day: Int32Array | null;
  how: Uint8Array | null;
}

const columns = (size: number, withDays: boolean): Columns => ({
  ts: new Uint32Array(size),
  ms: new Uint32Array(size),
  track: new Uint32Array(size),
  day: withDays ? new Int32Array(size) : null,
  how: withDays ? new Uint8Array(size) : null,
});

/** Whether streams [from, to) of `c` (all of one second) hold this track with these ms played. */
function repeats(c: Columns, from: number, to: number, id: number, played: number): boolean {
  for (let j = from; j < to; j++) if (c.track[j] === id && c.ms[j] === played) return true;
  return false;
}

/** The first index below `length` whose time is at least `second`. */
function lowerBound(ts: Uint32Array, length: number, second: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]! < second) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Copies streams [start, end) of `from` to `to` at `at`: natively for a long run, one by one for a few. */
function copyRange(from: Part | Columns, start: number, end: number, to: Columns, at: number) {
  if (end - start > 16) {
    to.ts.set(from.ts.subarray(start, end), at);
    to.ms.set(from.ms.subarray(start, end), at);
    to.track.set(from.track.subarray(start, end), at);
    if (to.day && to.how) {
      to.day.set(from.day!.subarray(start, end), at);
      to.how.set(from.how!.subarray(start, end), at);
    }
    return;
  }
  for (let i = start; i < end; i++, at++) {
    to.ts[at] = from.ts[i]!;
    to.ms[at] = from.ms[i]!;
    to.track[at] = from.track[i]!;
    if (to.day && to.how) {
      to.day[at] = from.day![i]!;
      to.how[at] = from.how![i]!;
    }
  }
}

/** A part without its own repeats (a file that holds a stream twice): itself when it has none. */
function withoutRepeats(part: Part): Part {
  const { ts } = part;
  let first = -1;
  for (let i = 1; i < ts.length && first === -1; i++) {
    if (ts[i] !== ts[i - 1]) continue;
    for (let j = i - 1; j >= 0 && ts[j] === ts[i]; j--) {
      if (part.track[j] === part.track[i] && part.ms[j] === part.ms[i]) first = i;
    }
  }
  if (first === -1) return part;
  const out = columns(ts.length, Boolean(part.day && part.how));
  copyRange(part, 0, first, out, 0);
  let kept = first;
  let runStart = lowerBound(out.ts, kept, ts[first]!);
  for (let i = first + 1; i < ts.length; i++) {
    if (ts[i] !== out.ts[kept - 1]) runStart = kept;
    else if (repeats(out, runStart, kept, part.track[i]!, part.ms[i]!)) continue;
    copyRange(part, i, i + 1, out, kept++);
  }
  const trim = <T extends Uint32Array | Int32Array | Uint8Array>(column: T) => column.subarray(0, kept) as T;
  return {
    ts: trim(out.ts),
    ms: trim(out.ms),
    track: trim(out.track),
    ...(out.day && out.how ? { day: trim(out.day), how: trim(out.how) } : {}),
  };
}

/** The first index in [from, to) whose time is above `second`. */
function upperBound(ts: Uint32Array, from: number, to: number, second: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid]! <= second) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Copies a part that starts after every kept stream to `at`; the new length. */
function appendPart(out: Columns, at: number, part: Part): number {
  const own = withoutRepeats(part);
  copyRange(own, 0, own.ts.length, out, at);
  return at + own.ts.length;
}

/**
 * Merges a part into the kept streams from `lo` (the first at or after its first second); the
 * new length. Each side's runs between the other's streams are copied whole (found by binary
 * search), so a sparse file spanning years (the video history) costs its own streams, not a
 * pass over everything; only streams of a second both sides hold are compared.
 */
function mergePart(out: Columns, lo: number, length: number, part: Part): number {
  const own = withoutRepeats(part);
  const size = own.ts.length;
  const merged = columns(length - lo + size, out.day !== null);
  let a = lo;
  let b = 0;
  let kept = 0;
  while (b < size) {
    const second = own.ts[b]!;
    // The kept streams up to this second, then the part's up to the next kept one.
    const upTo = upperBound(out.ts, a, length, second);
    copyRange(out, a, upTo, merged, kept);
    kept += upTo - a;
    a = upTo;
    const before = a < length ? upperBound(own.ts, b, size, out.ts[a]! - 1) : size;
    // Of those, the ones of this very second may repeat a kept stream of it.
    const sameSecond = lowerBound(merged.ts, kept, second);
    const same = upperBound(own.ts, b, before, second);
    const keptOfSecond = kept;
    for (; b < same; b++) {
      if (repeats(merged, sameSecond, keptOfSecond, own.track[b]!, own.ms[b]!)) continue;
      copyRange(own, b, b + 1, merged, kept++);
    }
    copyRange(own, b, before, merged, kept);
    kept += before - b;
    b = before;
  }
  copyRange(out, a, length, merged, kept);
  kept += length - a;
  copyRange(merged, 0, kept, out, lo);
  return lo + kept;
}

/** Every part in one sort by time, repeats dropped, into `out`; the length kept. */
function sortAll(parts: readonly Part[], total: number, out: Columns): number {
  const { day: outDay, how: outHow } = out;
  const outTs = out.ts;
  const outMs = out.ms;
  const outTrack = out.track;
  const ts = new Uint32Array(total);
  const ms = new Uint32Array(total);
  const track = new Uint32Array(total);
  const withDays = outDay !== null;
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
  return kept;
}

/** The store with the chunks' streams added (StoreMerge in one go). */
export function mergeChunks(base: StoreData, chunks: readonly StreamChunk[]): MergeResult {
  const merge = new StoreMerge(base);
  for (const chunk of chunks) merge.add(chunk);
  return merge.finish();
}
