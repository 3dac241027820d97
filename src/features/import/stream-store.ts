// The history in its compact form: every stream as three numbers in typed arrays (end time
// in UTC seconds, ms played, track index), sorted by time and deduplicated, and one table
// each of tracks, artists and albums. This is what is kept (in memory or IndexedDB);
// history-index.ts builds the views that queries read from it.
import { NAME_KEY, PODCAST_NAME_KEY } from './parse-records';
import { type EntryKind, type StreamChunk } from './protocol';

export const KIND_CODES: Record<EntryKind, number> = { music: 0, podcast: 1, audiobook: 2, video: 3 };
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
    const map = new Uint32Array(chunk.tracks.length);
    chunk.tracks.forEach((track, local) => {
      let id = this.tracks.get(track.key);
      const rename = id === undefined || track.namedAt >= t.trackNamedAt[id]!;
      if (id === undefined) {
        id = t.trackKey.length;
        this.tracks.set(track.key, id);
        t.trackKey.push(track.key);
        t.trackName.push('');
        t.trackArtist.push(0);
        t.trackAlbum.push(0);
        t.trackKind.push(KIND_CODES[track.kind]);
        t.trackNamedAt.push(track.namedAt);
      }
      if (rename) {
        const artist = this.artist(track.artist);
        t.trackName[id] = track.name;
        t.trackArtist[id] = artist;
        t.trackAlbum[id] = this.album(artist, track.album);
        t.trackNamedAt[id] = track.namedAt;
      }
      map[local] = id;
    });
    return map;
  }
}

/** 2000-01-01 in UTC seconds: sort keys count from it so time × 2^23 + index stays exact in a double. */
const KEY_EPOCH = 946_684_800;
const INDEX_BITS = 2 ** 23;

export interface MergeResult {
  store: StoreData;
  added: number;
  duplicates: number;
}

/**
 * The store with the chunks' streams added: tables extended, streams sorted by time and the
 * repeats dropped (the same second, track and ms played: overlapping files, a re-import).
 * The given store is left as it was, so a cancelled import loses nothing.
 */
export function mergeChunks(base: StoreData, chunks: readonly StreamChunk[]): MergeResult {
  const tables: StoreTables = {
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
  const builder = new TableBuilder(tables);
  const total = base.ts.length + chunks.reduce((sum, chunk) => sum + chunk.ts.length, 0);
  if (total >= INDEX_BITS) throw new RangeError('More than 8 million streams: import the files in parts.');

  const ts = new Uint32Array(total);
  const ms = new Uint32Array(total);
  const track = new Uint32Array(total);
  // Local days carried along when every part has them (they come from the parsers).
  const withDays = (base.ts.length === 0 || (base.day && base.how)) && chunks.every((chunk) => chunk.day && chunk.how);
  const day = withDays ? new Int32Array(total) : null;
  const how = withDays ? new Uint8Array(total) : null;
  ts.set(base.ts);
  ms.set(base.ms);
  track.set(base.track);
  if (day && how && base.day && base.how) {
    day.set(base.day);
    how.set(base.how);
  }
  let at = base.ts.length;
  for (const chunk of chunks) {
    const map = builder.chunkTracks(chunk);
    ts.set(chunk.ts, at);
    ms.set(chunk.msPlayed, at);
    day?.set(chunk.day, at);
    how?.set(chunk.how, at);
    for (let i = 0; i < chunk.track.length; i++) track[at + i] = map[chunk.track[i]!]!;
    at += chunk.ts.length;
  }

  // Sort by time (stable by position) unless already in order: files usually come in order.
  let sorted = true;
  for (let i = 1; i < total && sorted; i++) if (ts[i]! < ts[i - 1]!) sorted = false;
  let order: Float64Array | null = null;
  if (!sorted) {
    order = new Float64Array(total);
    for (let i = 0; i < total; i++) order[i] = (ts[i]! - KEY_EPOCH) * INDEX_BITS + i;
    order.sort();
  }
  const outTs = new Uint32Array(total);
  const outMs = new Uint32Array(total);
  const outTrack = new Uint32Array(total);
  const outDay = day ? new Int32Array(total) : null;
  const outHow = how ? new Uint8Array(total) : null;
  let kept = 0;
  let runStart = 0;
  for (let k = 0; k < total; k++) {
    const i = order ? order[k]! % INDEX_BITS : k;
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
    ...tables,
    ts: outTs.slice(0, kept),
    ms: outMs.slice(0, kept),
    track: outTrack.slice(0, kept),
    ...(outDay && outHow ? { day: outDay.slice(0, kept), how: outHow.slice(0, kept) } : {}),
  };
  return { store, added: kept - base.ts.length, duplicates: total - kept };
}
