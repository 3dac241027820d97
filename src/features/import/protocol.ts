// The typed messages between the page (history-client.ts) and the import worker
// (import.worker.ts), and the value types the page renders. Everything here is plain data:
// it crosses postMessage by structured clone, so no classes and no functions.
//
// Times are milliseconds since the epoch (UTC instants). Calendar units (days, months,
// years, hours, weekdays) are the browser's time zone, worked out in the worker, which
// shares the page's zone.
//
// How streams are counted (the e2e oracle follows the same rules):
// - a stream is a record with a time, ms played and a track URI (music), an episode URI
//   (podcast; video in Streaming_History_Video files) or an audiobook (chapter) URI; account
//   data's rows are music (StreamingHistory_music / StreamingHistoryN) or podcasts; records
//   with none of these are skipped;
// - the same UTC second, track and ms played is one stream, however many files hold it;
// - a play is ms played ≥ PLAY_MS; tracks, artists, albums and totals are music only;
// - a track is keyed by its URI and shows the names of its latest record; its artist is
//   master_metadata_album_artist_name, its album (artist, album name);
// - account-data rows count only before the extended history's first stream or after its
//   last (extended wins where both cover), keyed by artist and track name, and count as the
//   extended track with exactly those (latest) names when there is one;
// - ranking: the metric, then the other metric (plays ↔ time), then name, then first seen.

/** Where the imported history lives: IndexedDB ("Keep on this device") or memory ("Only for this visit"). */
export type StorageChoice = 'device' | 'visit';

/** What a file was recognised as, by the shape of its records (never by its name alone). */
export type FileKind =
  /** Extended streaming history: Streaming_History_Audio_*.json (or endsong_N.json, same records). */
  | 'extended'
  /** Extended history's Streaming_History_Video_*.json: counted apart from music. */
  | 'extended-video'
  /** Account data's StreamingHistory_music_N.json / StreamingHistoryN.json: last year, no ids. */
  | 'account'
  /** Account data's StreamingHistory_podcast_N.json: counted apart from music. */
  | 'account-podcast'
  /** A zip that held the files (its entries are reported one by one after it). */
  | 'zip'
  /** Anything else: Userdata.json, playlists, PDFs, or a file we could not read. */
  | 'other';

/**
 * Why a file was not (fully) imported. The UI words each one with a way forward; `message`
 * carries a default wording.
 */
export type FileProblem =
  | 'not-zip' // a .zip whose bytes are not a zip (or a file that is neither zip nor JSON)
  | 'corrupt-zip' // a zip whose directory or an entry's data can't be read
  | 'no-history-in-zip' // a readable zip with no listening history in it
  | 'empty' // zero bytes, or an empty JSON array
  | 'truncated-json' // JSON that stops part-way (an unfinished download or copy)
  | 'not-json' // a .json file whose text is not JSON at all
  | 'unknown-shape' // valid JSON, but not records of any export format we know
  | 'too-large' // over MAX_FILE_BYTES
  | 'no-plays' // listening history, but not one stream of 30 s or more
  | 'unreadable'; // the browser could not read the file (moved, permission)

/** Files (and zip entries, uncompressed) above this are refused: no export file is near it. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;

/** Spotify counts a stream as a play from 30 seconds played. */
export const PLAY_MS = 30_000;

export interface FileReport {
  /** The file's name, or for a zip entry its path inside the zip. */
  name: string;
  /** For a zip entry: the zip's file name. */
  container?: string;
  outcome: 'history' | 'not-history' | 'error';
  kind: FileKind;
  problem?: FileProblem;
  /** A default, user-facing sentence saying what happened and what to do. */
  message?: string;
  /** Streams read from this file (before dedupe), a zip's the sum of its entries'; 0 for others. */
  streams: number;
}

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesRead: number;
  bytesTotal: number;
  /** Streams read so far (before dedupe). */
  streams: number;
}

/** A span of days, local dates as 'YYYY-MM-DD', inclusive. */
export interface DateSpan {
  from: string;
  to: string;
}

/**
 * Which source counts where. Extended history wins wherever it covers (its first to its last
 * stream); account-data streams count only outside that span.
 */
export interface SourcesUsed {
  /** The span the extended history covers, if any was imported. */
  extended: DateSpan | null;
  /** The span the account data covers, if any was imported. */
  account: DateSpan | null;
  /** The account data's spans that count (outside extended's), possibly none. */
  accountCounted: DateSpan[];
}

export interface ImportTotals {
  /** Streams read from every file of this import, before dedupe. */
  streamsRead: number;
  /** Of those, streams new to the history (the rest were already there or repeated). */
  streamsAdded: number;
  duplicates: number;
  /** The whole history after this import. */
  streamsInHistory: number;
}

export interface ImportResult {
  files: FileReport[];
  sources: SourcesUsed;
  totals: ImportTotals;
  status: HistoryStatus;
  /** query(KEPT_TOP_PARAMS) after the import: the page paints it without asking again. */
  topTracks: QueryResult;
}

/** The state of the imported history; `streams: 0` when there is none. */
export interface HistoryStatus {
  streams: number;
  storage: StorageChoice | null;
  sources: SourcesUsed;
  /** First and last stream of the whole history (ms), null when empty. */
  first: number | null;
  last: number | null;
  /** The years with any stream, ascending (for the period picker). */
  years: number[];
  /** The browser's time zone the calendar units are in, e.g. 'Europe/Berlin'. */
  timeZone: string;
}

export type Period =
  | { kind: 'all' }
  | { kind: 'year'; year: number }
  /** The last 4 weeks / 6 months / 12 months up to the history's last stream. */
  | { kind: 'last'; span: '4w' | '6m' | '12m' }
  | ({ kind: 'range' } & DateSpan);

export type Entity = 'track' | 'artist' | 'album';
export type Metric = 'plays' | 'minutes';

export interface QueryParams {
  period: Period;
  entity: Entity;
  /** Rank by plays (count) or by time played. */
  metric: Metric;
  /** Count every stream, not only plays (≥ 30 s). */
  allStreams: boolean;
  /** Case-insensitive substring of the name (a track's artist and album names match too). */
  filter?: string;
  offset: number;
  limit: number;
}

export interface RankedRow {
  /** 1-based rank within the period by the metric (unchanged by the filter). */
  rank: number;
  /** Stable key for entityDetail: a track URI, or a name key for account-data rows. */
  key: string;
  name: string;
  /** Track: its artist; album: its artist; artist: undefined. */
  artist?: string;
  /** Track: its album (account data has none). */
  album?: string;
  /** Track: spotify:track:… when the export had it (account data has no ids). */
  uri?: string;
  /** Plays (or streams, with allStreams) in the period. */
  count: number;
  /** Milliseconds played in the period (all counted streams). */
  ms: number;
}

export interface QueryResult {
  rows: RankedRow[];
  /** Rows matching (after the filter), for paging. */
  total: number;
  /** The period as resolved, local dates; null when the history is empty. */
  span: DateSpan | null;
}

export interface SideTotals {
  streams: number;
  plays: number;
  ms: number;
}

export interface Totals {
  /** Music only: plays (or streams with allStreams) and time. */
  count: number;
  ms: number;
  tracks: number;
  artists: number;
  albums: number;
  daysListened: number;
  /** First and last music stream in the period (ms), null when none. */
  first: number | null;
  last: number | null;
  /** Counted apart from music. */
  podcasts: SideTotals;
  audiobooks: SideTotals;
  videos: SideTotals;
}

export interface MonthCount {
  /** 'YYYY-MM' */
  month: string;
  count: number;
  ms: number;
}

export interface Summary {
  span: DateSpan | null;
  totals: Totals;
  /** Every month from the period's first to its last, gaps included as zeros. */
  perMonth: MonthCount[];
  /** clock[weekday][hour]: weekday 0 = Monday … 6 = Sunday; counts. */
  clock: number[][];
  longestStreak: { days: number; from: string; to: string } | null;
  mostPlaysInOneDay: { date: string; count: number; track: RankedRow } | null;
  /** The period's top 10 tracks with when each was first played (in the whole history). */
  firstPlayed: { track: RankedRow; first: number }[];
}

export interface YearCount {
  year: number;
  count: number;
  ms: number;
}

export interface EntityDetail {
  row: RankedRow | null;
  perMonth: MonthCount[];
  perYear: YearCount[];
  /** First and last counted stream in the whole history (ms). */
  first: number | null;
  last: number | null;
}

/** Plays of one track (or artist), all time, with the split by year. */
export interface PlayCounts {
  count: number;
  ms: number;
  perYear: YearCount[];
}

export interface StorageInfo {
  storage: StorageChoice | null;
  /** Bytes the compact form takes where it lives (IndexedDB or memory). */
  bytes: number;
  streams: number;
}

/** What a reload finds on the device: the status and the all-time top tracks, painted without the worker. */
export interface KeptHistory {
  status: HistoryStatus;
  /** The answer to query(KEPT_TOP_PARAMS). */
  topTracks: QueryResult;
}

export const KEPT_TOP_LIMIT = 50;

/** The all-time top tracks as a reload finds them kept: the worker stores them, the page reads them. */
export const KEPT_TOP_PARAMS: QueryParams = {
  period: { kind: 'all' },
  entity: 'track',
  metric: 'plays',
  allStreams: false,
  offset: 0,
  limit: KEPT_TOP_LIMIT,
};

/* ---------------------------------------------------------------- messages */

/** Each call's arguments and answer. */
export interface Calls {
  import: [{ files: File[]; storage: StorageChoice; importId: number }, ImportResult];
  cancel: [{ importId: number }, void];
  load: [Record<string, never>, KeptHistory | null];
  status: [Record<string, never>, HistoryStatus];
  query: [QueryParams, QueryResult];
  summary: [{ period: Period; allStreams: boolean }, Summary];
  entityDetail: [{ entity: Entity; key: string; period: Period; allStreams: boolean }, EntityDetail];
  playsByUri: [{ uris: string[]; allStreams: boolean }, Record<string, PlayCounts>];
  playsByArtistName: [{ name: string; allStreams: boolean }, PlayCounts];
  storageInfo: [Record<string, never>, StorageInfo];
  setStorage: [{ storage: StorageChoice }, StorageInfo];
  deleteAll: [Record<string, never>, void];
}

export type CallName = keyof Calls;

export type WorkerRequest = {
  [K in CallName]: { id: number; call: K; args: Calls[K][0] };
}[CallName];

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; aborted?: true }
  | { id: number; progress: ImportProgress };

/** The first message to every import worker: its role. The main one also gets ports to the parsers. */
export type WorkerInit = { init: 'main'; parsers: MessagePort[] } | { init: 'parser' };

/* ------------------------------------------------------- parser sub-protocol */

/** One file's (or zip entry's) bytes to read: a slice of a File, stored or deflated. */
export interface ParseJob {
  job: number;
  file: File;
  /** The bytes: a loose file's [start, end), or a zip entry's local header and compressed size. */
  start: number;
  end: number;
  zipEntry?: { offset: number; compressedSize: number };
  compression: 'none' | 'deflate';
  /** Uncompressed size when known (zip entries), else -1. */
  size: number;
  name: string;
  /** A zip entry (other files in a zip are "not history"; a loose file of unknown shape is an error). */
  inZip: boolean;
}

/**
 * One file's streams in columns, with names local to the file (the main worker maps them to
 * its tables). Index i of every column is stream i; track indexes point into `tracks`.
 */
export interface StreamChunk {
  kind: 'extended' | 'extended-video' | 'account' | 'account-podcast';
  /** Seconds since the epoch, UTC (when the stream ended). */
  ts: Uint32Array;
  msPlayed: Uint32Array;
  track: Uint32Array;
  /** Local day number and hour of the week (calendar.ts), worked out by the parser: same zone, in parallel. */
  day: Int32Array;
  how: Uint8Array;
  /** The file's tracks, as columns (cheaper to pass between workers than objects). */
  tracks: ChunkTracks;
}

/** Per local track: key, names, kind (KIND_CODES) and the UTC second of the record the names came from (latest wins). */
export interface ChunkTracks {
  /** spotify:track:… / spotify:episode:… / audiobook URI, or a name key for records without ids. */
  key: string[];
  name: string[];
  artist: string[];
  album: string[];
  kind: Uint8Array;
  namedAt: Float64Array;
}

/** What one stream was: music counts in the top lists; the rest is counted apart. */
export type EntryKind = 'music' | 'podcast' | 'audiobook' | 'video';

export type ParseOutcome =
  | { job: number; ok: true; chunk: StreamChunk | null; kind: FileKind; plays: number; bytes: number }
  | { job: number; ok: false; kind: FileKind; problem: FileProblem; message: string; bytes: number };

export type ParserMessage = ParseJob | { cancel: true };
