// From one file's text to its streams in columns: recognise the format by the records'
// shape (file names have changed over the years), keep only what counting needs, and drop
// the rest as it is read: ip_addr, user_agent, username, conn_country, platform and the
// other fields are never copied out of the parsed records, so they are never stored,
// shown or exported.
import { createZoneClock, type ZoneClock } from './calendar';
import { PLAY_MS, type EntryKind, type FileKind, type FileProblem, type StreamChunk } from './protocol';

export type HistoryKind = StreamChunk['kind'];

export type TextOutcome =
  | { ok: true; kind: HistoryKind; chunk: StreamChunk; plays: number }
  /** Readable, but not listening history (Userdata.json, playlists …), or an empty history file in a zip. */
  | { ok: true; kind: 'other' | HistoryKind; chunk: null; plays: 0 }
  | { ok: false; kind: FileKind; problem: FileProblem };

/** Account data's rows have no ids: they are keyed by artist and track name. */
export const NAME_KEY = '\u0001';
export const PODCAST_NAME_KEY = '\u0002';

type Row = Record<string, unknown>;

interface LocalTrack {
  key: string;
  name: string;
  artist: string;
  album: string;
  kind: EntryKind;
  namedAt: number;
}

/** How a stream's kind is stored: a number per track. */
export const KIND_CODES: Record<EntryKind, number> = { music: 0, podcast: 1, audiobook: 2, video: 3 };

let zoneClock: ZoneClock | undefined;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The format of an array of records, from the first few records' fields; null when unknown. */
export function recogniseRecords(records: readonly unknown[], name: string): HistoryKind | null {
  const sample = records.slice(0, 5);
  if (sample.length === 0 || !sample.every(isRow)) return null;
  const first = sample[0] as Row;
  if ('ts' in first && 'ms_played' in first) {
    return /Streaming_History_Video/i.test(name) ? 'extended-video' : 'extended';
  }
  if ('endTime' in first && 'msPlayed' in first) {
    if ('trackName' in first || 'artistName' in first) return 'account';
    if ('episodeName' in first || 'podcastName' in first) return 'account-podcast';
  }
  return null;
}

const code = (text: string, i: number) => text.charCodeAt(i) - 48;
const two = (text: string, i: number) => code(text, i) * 10 + code(text, i + 1);

/**
 * UTC seconds of an export time: '2019-03-01T12:34:56Z' (extended) or '2019-03-01 12:34'
 * (account data, UTC to the minute). NaN when it is neither.
 */
export function parseExportTime(text: unknown): number {
  if (typeof text !== 'string') return NaN;
  const n = text.length;
  if ((n === 20 && text[19] === 'Z' && text[10] === 'T') || (n === 16 && text[10] === ' ')) {
    const year = two(text, 0) * 100 + two(text, 2);
    const seconds = n === 20 ? two(text, 17) : 0;
    const ms = Date.UTC(year, two(text, 5) - 1, two(text, 8), two(text, 11), two(text, 14), seconds);
    return ms / 1000;
  }
  // Anything else ISO-like (fractions of a second, an offset): the slow path.
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? NaN : Math.floor(ms / 1000);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Builds a chunk: one local table of tracks, streams appended as columns. */
class ChunkBuilder {
  readonly tracks: LocalTrack[] = [];
  private readonly index = new Map<string, number>();
  private ts: number[] = [];
  private ms: number[] = [];
  private track: number[] = [];
  plays = 0;

  constructor(readonly kind: HistoryKind) {}

  add(seconds: number, msPlayed: number, key: string, name: string, artist: string, album: string, kind: EntryKind) {
    let local = this.index.get(key);
    if (local === undefined) {
      local = this.tracks.length;
      this.index.set(key, local);
      this.tracks.push({ key, name, artist, album, kind, namedAt: seconds });
    } else {
      const entry = this.tracks[local]!;
      // A track renamed over the years shows its latest name.
      if (seconds >= entry.namedAt && (name || !entry.name)) {
        entry.name = name;
        entry.artist = artist;
        entry.album = album;
        entry.namedAt = seconds;
      }
    }
    this.ts.push(seconds);
    this.ms.push(msPlayed);
    this.track.push(local);
    if (msPlayed >= PLAY_MS) this.plays++;
  }

  finish(): StreamChunk {
    const count = this.ts.length;
    let order: number[] | null = null;
    for (let i = 1; i < count; i++) {
      if (this.ts[i]! < this.ts[i - 1]!) {
        order = Array.from({ length: count }, (_, k) => k).sort((a, b) => this.ts[a]! - this.ts[b]! || a - b);
        break;
      }
    }
    const ts = new Uint32Array(count);
    const ms = new Uint32Array(count);
    const track = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const from = order ? order[i]! : i;
      ts[i] = this.ts[from]!;
      ms[i] = this.ms[from]!;
      track[i] = this.track[from]!;
    }
    const day = new Int32Array(count);
    const how = new Uint8Array(count);
    (zoneClock ??= createZoneClock()).fill(ts, day, how);
    const tracks = this.tracks;
    return {
      kind: this.kind,
      ts,
      msPlayed: ms,
      track,
      day,
      how,
      tracks: {
        key: tracks.map((t) => t.key),
        name: tracks.map((t) => t.name),
        artist: tracks.map((t) => t.artist),
        album: tracks.map((t) => t.album),
        kind: Uint8Array.from(tracks, (t) => KIND_CODES[t.kind]),
        namedAt: Float64Array.from(tracks, (t) => t.namedAt),
      },
    };
  }
}

/** A record's ms played: a whole number ≥ 0, else the record is skipped. */
function msOf(value: unknown): number {
  return typeof value === 'number' && value >= 0 && value < 2 ** 32 ? Math.floor(value) : -1;
}

/** Extended history (and endsong): music by track URI, episodes, audiobook chapters. */
function normaliseExtended(records: readonly unknown[], kind: 'extended' | 'extended-video'): ChunkBuilder {
  const chunk = new ChunkBuilder(kind);
  for (const record of records) {
    if (!isRow(record)) continue;
    const seconds = parseExportTime(record.ts);
    const ms = msOf(record.ms_played);
    if (!(seconds >= 0) || ms < 0) continue;
    const trackUri = record.spotify_track_uri;
    if (nonEmpty(trackUri)) {
      chunk.add(
        seconds,
        ms,
        trackUri,
        text(record.master_metadata_track_name),
        text(record.master_metadata_album_artist_name),
        text(record.master_metadata_album_album_name),
        'music',
      );
      continue;
    }
    const episodeUri = record.spotify_episode_uri;
    if (nonEmpty(episodeUri)) {
      const entry = kind === 'extended-video' ? 'video' : 'podcast';
      chunk.add(seconds, ms, episodeUri, text(record.episode_name), text(record.episode_show_name), '', entry);
      continue;
    }
    const chapterUri = nonEmpty(record.audiobook_chapter_uri) ? record.audiobook_chapter_uri : record.audiobook_uri;
    if (nonEmpty(chapterUri)) {
      const title = text(record.audiobook_title);
      chunk.add(seconds, ms, chapterUri, text(record.audiobook_chapter_title) || title, title, '', 'audiobook');
    }
    // A record with no URI at all (an unavailable track, a local file) is no stream we can name.
  }
  return chunk;
}

/** Account data: music keyed by artist and track name; podcasts by show and episode. */
function normaliseAccount(records: readonly unknown[], kind: 'account' | 'account-podcast'): ChunkBuilder {
  const chunk = new ChunkBuilder(kind);
  for (const record of records) {
    if (!isRow(record)) continue;
    const seconds = parseExportTime(record.endTime);
    const ms = msOf(record.msPlayed);
    if (!(seconds >= 0) || ms < 0) continue;
    if (kind === 'account') {
      const artist = text(record.artistName);
      const name = text(record.trackName);
      if (!artist && !name) continue;
      chunk.add(seconds, ms, `${NAME_KEY}${artist}\u0000${name}`, name, artist, '', 'music');
    } else {
      const show = text(record.podcastName);
      const episode = text(record.episodeName);
      chunk.add(seconds, ms, `${PODCAST_NAME_KEY}${show}\u0000${episode}`, episode, show, '', 'podcast');
    }
  }
  return chunk;
}

/** Records (already parsed) of a known kind to a chunk. */
export function normaliseRecords(
  records: readonly unknown[],
  kind: HistoryKind,
): { chunk: StreamChunk; plays: number } {
  const builder =
    kind === 'extended' || kind === 'extended-video'
      ? normaliseExtended(records, kind)
      : normaliseAccount(records, kind);
  return { chunk: builder.finish(), plays: builder.plays };
}

/** File names that are never listening history, whatever their shape. */
const NOT_HISTORY =
  /(^|\/)(Userdata|YourLibrary|Playlist\d*|SearchQueries|Inferences|Payments|Identity|Follow|Marquee|Identifiers|Read ?Me[^/]*)\.json$/i;

/**
 * One file's text to its outcome. `inZip`: a zip holds many files that are not history; an
 * unknown shape there is "not history", while a loose file of unknown shape is an error.
 */
export function parseHistoryText(source: string, name: string, inZip: boolean): TextOutcome {
  const start = firstNonSpace(source);
  if (start === -1) return { ok: false, kind: 'other', problem: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    const opener = source[start];
    if (opener !== '[' && opener !== '{') return { ok: false, kind: 'other', problem: 'not-json' };
    const closer = source[lastNonSpace(source)];
    return {
      ok: false,
      kind: 'other',
      problem: closer === (opener === '[' ? ']' : '}') ? 'not-json' : 'truncated-json',
    };
  }
  if (!Array.isArray(parsed)) {
    return inZip || NOT_HISTORY.test(name)
      ? { ok: true, kind: 'other', chunk: null, plays: 0 }
      : { ok: false, kind: 'other', problem: 'unknown-shape' };
  }
  if (parsed.length === 0) {
    return inZip ? { ok: true, kind: 'other', chunk: null, plays: 0 } : { ok: false, kind: 'other', problem: 'empty' };
  }
  const kind = recogniseRecords(parsed, name);
  if (!kind) {
    return inZip && NOT_HISTORY.test(name)
      ? { ok: true, kind: 'other', chunk: null, plays: 0 }
      : inZip && !/history|endsong/i.test(name)
        ? { ok: true, kind: 'other', chunk: null, plays: 0 }
        : { ok: false, kind: 'other', problem: 'unknown-shape' };
  }
  const { chunk, plays } = normaliseRecords(parsed, kind);
  return { ok: true, kind, chunk, plays };
}

function firstNonSpace(source: string): number {
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) > 32) return i;
  return -1;
}

function lastNonSpace(source: string): number {
  for (let i = source.length - 1; i >= 0; i--) if (source.charCodeAt(i) > 32) return i;
  return -1;
}
