// The e2e specs' own count of a generated data export: read straight from the JSON files the
// generator wrote, by the rules of issue #13 (a play is at least 30 s; a stream in two files
// counts once; tracks by URI, account data by artist and name; extended history wins where it
// covers), written here and not taken from the app, so the app's numbers are checked against
// an independent tally.
import { deflateRawSync } from 'node:zlib';
import { exportFiles, writeZip, type ExportFile, type ExportFormat } from '../../src/emulator/data-export/index.ts';

export interface GeneratedExport {
  files: ExportFile[];
  /** Listening files as Playwright file payloads (the PDF and the rest too). */
  payloads: { name: string; mimeType: string; buffer: Buffer }[];
}

export function generateExport(options: {
  streams: number;
  years: number;
  format: ExportFormat;
  seed?: string;
  extendedUntil?: string;
}): GeneratedExport {
  const files = [...exportFiles(options)];
  const payloads = files.map((file) => ({
    name: file.path.split('/').at(-1)!,
    mimeType: file.path.endsWith('.json') ? 'application/json' : 'application/pdf',
    buffer: file.bytes ? Buffer.from(file.bytes) : Buffer.from(file.text ?? '', 'utf8'),
  }));
  return { files, payloads };
}

/** The export as my_spotify_data.zip, deflated by Node's zlib (not the app's code). */
export async function zipOf(files: readonly ExportFile[], name = 'my_spotify_data.zip') {
  const encoder = new TextEncoder();
  const zip = await writeZip(
    files.map((file) => ({ path: file.path, data: file.bytes ?? encoder.encode(file.text ?? '') })),
    (data) => new Uint8Array(deflateRawSync(data)),
  );
  return { name, mimeType: 'application/zip', buffer: Buffer.from(zip) };
}

interface Stream {
  /** ms since the epoch, when the stream ended. */
  at: number;
  ms: number;
  /** Track URI, or for account data "artist\u0000track". */
  key: string;
  name: string;
  artist: string;
  album: string;
  source: 'extended' | 'account';
}

type Row = Record<string, unknown>;

function readStreams(files: readonly ExportFile[]): { streams: Stream[]; extendedSpan: [number, number] | null } {
  const seen = new Set<string>();
  const streams: Stream[] = [];
  // What the extended history covers: its first to its last record of any kind (podcasts, videos too).
  let first = Infinity;
  let last = -Infinity;
  for (const file of files) {
    if (!file.text || !file.path.endsWith('.json')) continue;
    let rows: unknown;
    try {
      rows = JSON.parse(file.text);
    } catch {
      continue;
    }
    if (!Array.isArray(rows)) continue;
    for (const row of rows as Row[]) {
      if (typeof row.ts === 'string' && typeof row.ms_played === 'number') {
        // Extended history (or endsong): music is what has a track URI; the rest is counted apart.
        const at = Date.parse(row.ts);
        first = Math.min(first, at);
        last = Math.max(last, at);
        const uri = row.spotify_track_uri;
        if (typeof uri !== 'string' || !uri) continue;
        const id = `${at}|${uri}|${row.ms_played}`;
        if (seen.has(id)) continue;
        seen.add(id);
        streams.push({
          at,
          ms: row.ms_played,
          key: uri,
          name: String(row.master_metadata_track_name ?? ''),
          artist: String(row.master_metadata_album_artist_name ?? ''),
          album: String(row.master_metadata_album_album_name ?? ''),
          source: 'extended',
        });
      } else if (
        typeof row.endTime === 'string' &&
        typeof row.trackName === 'string' &&
        typeof row.msPlayed === 'number'
      ) {
        // Account data, music files only (podcast files have episodeName, not trackName).
        const at = Date.parse(`${row.endTime.replace(' ', 'T')}:00Z`);
        const artist = String(row.artistName ?? '');
        const key = `${artist}\u0000${row.trackName}`;
        const id = `${at}|${key}|${row.msPlayed}`;
        if (seen.has(id)) continue;
        seen.add(id);
        streams.push({ at, ms: row.msPlayed, key, name: row.trackName, artist, album: '', source: 'account' });
      }
    }
  }
  return { streams, extendedSpan: first <= last ? [first, last] : null };
}

export interface Ranked {
  key: string;
  name: string;
  artist: string;
  count: number;
}

export interface Tally {
  plays: number;
  /** Hours played, rounded as the page writes them. */
  hours: number;
  tracks: number;
  artists: number;
  albums: number;
  days: number;
  /** Every track and artist with its plays, most first. */
  tracksRanked: Ranked[];
  artistsRanked: Ranked[];
  /** Every track with its time played, most first. */
  tracksByTime: (Ranked & { ms: number })[];
  /** Plays per track key (URI). */
  playsByKey: Map<string, number>;
  playsByArtist: Map<string, number>;
}

export class ExportOracle {
  private readonly streams: Stream[];

  constructor(
    files: readonly ExportFile[],
    /** The browser's zone in the spec (test.use({ timezoneId })): calendar units are in it. */
    private readonly timeZone: string,
  ) {
    const { streams, extendedSpan } = readStreams(files);
    // Extended history wins wherever it covers (its first to its last record); account data counts outside.
    const counted = extendedSpan
      ? streams.filter((s) => s.source === 'extended' || s.at < extendedSpan[0] || s.at > extendedSpan[1])
      : streams;
    // An account row is the extended history's track of the same artist and (latest) title, when
    // exactly one track has them: the same song, so its plays add up under one URI.
    const latest = new Map<string, Stream>();
    for (const s of counted) {
      const known = latest.get(s.key);
      if (s.source === 'extended' && (!known || s.at >= known.at)) latest.set(s.key, s);
    }
    const byTitle = new Map<string, Stream | null>();
    for (const s of latest.values()) {
      const title = `${s.artist}\u0000${s.name}`;
      byTitle.set(title, byTitle.has(title) ? null : s);
    }
    this.streams = counted.map((s) => {
      const match = s.source === 'account' ? byTitle.get(s.key) : undefined;
      return match ? { ...s, key: match.key, album: match.album } : s;
    });
  }

  /** The local date 'YYYY-MM-DD' of an instant in the spec's zone. */
  day(at: number): string {
    this.dayFormat ??= new Intl.DateTimeFormat('en-CA', {
      timeZone: this.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    return this.dayFormat.format(at);
  }

  private dayFormat: Intl.DateTimeFormat | undefined;

  years(): number[] {
    return [...new Set(this.streams.map((s) => Number(this.day(s.at).slice(0, 4))))].sort();
  }

  /** A track's name is its latest in the whole history (a renamed track shows its new name). */
  private latestNames(): Map<string, string> {
    const names = new Map<string, { name: string; at: number }>();
    for (const s of this.streams) {
      const known = names.get(s.key);
      if (!known || s.at >= known.at) names.set(s.key, { name: s.name, at: s.at });
    }
    return new Map([...names].map(([key, { name }]) => [key, name]));
  }

  /** Plays (≥ 30 s; or every stream) of a local year, of local dates from–to, or of all time. */
  tally(period?: number | { from: string; to: string }, { allStreams = false } = {}): Tally {
    const names = this.latestNames();
    const inPeriod = (s: Stream) => {
      if (period === undefined) return true;
      const day = this.day(s.at);
      return typeof period === 'number' ? day.startsWith(`${period}-`) : day >= period.from && day <= period.to;
    };
    const plays = this.streams.filter((s) => (allStreams || s.ms >= 30_000) && inPeriod(s));
    const tracks = new Map<string, { artist: string; count: number; ms: number }>();
    const artists = new Map<string, number>();
    const albums = new Set<string>();
    const days = new Set<string>();
    let ms = 0;
    for (const s of plays) {
      ms += s.ms;
      days.add(this.day(s.at));
      artists.set(s.artist, (artists.get(s.artist) ?? 0) + 1);
      if (s.album) albums.add(`${s.artist}\u0000${s.album}`);
      const track = tracks.get(s.key);
      if (track) {
        track.count++;
        track.ms += s.ms;
      } else tracks.set(s.key, { artist: s.artist, count: 1, ms: s.ms });
    }
    const byCount = (a: Ranked, b: Ranked) => b.count - a.count;
    return {
      plays: plays.length,
      hours: Math.round(ms / 3_600_000),
      tracks: tracks.size,
      artists: artists.size,
      albums: albums.size,
      days: days.size,
      tracksRanked: [...tracks]
        .map(([key, t]) => ({ key, name: names.get(key)!, artist: t.artist, count: t.count }))
        .sort(byCount),
      artistsRanked: [...artists].map(([name, count]) => ({ key: name, name, artist: name, count })).sort(byCount),
      tracksByTime: [...tracks]
        .map(([key, t]) => ({ key, name: names.get(key)!, artist: t.artist, count: t.count, ms: t.ms }))
        .sort((a, b) => b.ms - a.ms),
      playsByKey: new Map([...tracks].map(([key, t]) => [key, t.count])),
      playsByArtist: artists,
    };
  }
}
