// The files of `my_spotify_data.zip`, rendered from a generated listening in each format a
// listener may receive (see SPOTIFY-PLATFORM.md, "The listener's own data export"):
// - extended: `Spotify Extended Streaming History/Streaming_History_Audio_<years>_<n>.json`,
//   a `Streaming_History_Video_<years>.json` and a ReadMe PDF;
// - endsong (2022–2023): `MyData/endsong_<n>.json`, with username, ip_addr_decrypted and
//   user_agent_decrypted; video episodes are plain episode records there;
// - account: `Spotify Account Data/StreamingHistory_music_<n>.json` (and _podcast_) covering
//   the listening's last year, minute precision, no ids; beside them files that are not
//   listening history (Userdata.json, YourLibrary.json, a playlist, search queries).
// Quirks real exports have: two audio files overlap (the second repeats the end of the
// first), a track renamed half-way through, two tracks sharing a title, podcasts, an
// audiobook, a video file, records with no metadata at all, streams either side of each new
// year, and streams of exactly 29,999 and 30,000 ms (see listening.ts).
import { generateListening, lowerBound, type Listening, type ListeningOptions } from './listening';

export type ExportFormat = 'extended' | 'endsong' | 'account';

export interface ExportOptions extends ListeningOptions {
  format: ExportFormat;
  /** Extended/endsong only: the export was requested earlier, so it stops on this day (exclusive, UTC). */
  extendedUntil?: string;
}

export interface ExportFile {
  /** Path inside the zip. */
  path: string;
  /** JSON text, or for the PDF its bytes. */
  text?: string;
  bytes?: Uint8Array;
  /** Listening records in the file (0 for files that are not listening history). */
  records: number;
}

export const EXTENDED_FOLDER = 'Spotify Extended Streaming History';
export const ENDSONG_FOLDER = 'MyData';
export const ACCOUNT_FOLDER = 'Spotify Account Data';
/** Whom the export belongs to: found only in the fields the import must drop. */
export const EXPORT_USERNAME = 'hr-listener-7f3a9c';
const ACCOUNT_ROWS_PER_FILE = 10_000;
const YEAR_MS = 365 * 86_400_000;
const OVERLAP = 250;

const PLATFORMS = ['android', 'ios', 'windows', 'osx', 'web_player', 'cast_to_device'];
const COUNTRIES = ['SE', 'SE', 'SE', 'DE', 'GB', 'ES', 'US'];
const AGENTS = ['unknown', 'Mozilla/5.0 (X11; Linux x86_64)', 'Spotify/8.9.10 Android/33 (Pixel 7)'];

/** A cheap integer hash of a stream's index, for its incidental fields. */
function mix(value: number): number {
  let h = Math.imul(value ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
const minute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const str = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));

function ipFor(i: number): string {
  const h = mix(i >>> 9);
  return `${((h >>> 24) % 200) + 11}.${(h >>> 16) & 255}.${(h >>> 8) & 255}.${h & 255}`;
}

function trackName(listening: Listening, i: number): string {
  const item = listening.item[i]!;
  const { renamed } = listening;
  return item === renamed.item && listening.ts[i]! < renamed.until ? renamed.oldName : listening.items[item]!.name;
}

/** One extended (or endsong) record, pretty-printed as Spotify does (4 spaces). */
function extendedRecord(listening: Listening, i: number, endsong: boolean, blank: boolean): string {
  const entry = listening.items[listening.item[i]!]!;
  const h = mix(i);
  const at = listening.ts[i]!;
  const ms = listening.msPlayed[i]!;
  const music = entry.kind === 'music' && !blank;
  const episode = (entry.kind === 'podcast' || entry.kind === 'video') && !blank;
  const book = entry.kind === 'audiobook' && !blank;
  const skipped = music && ms < 30_000 && (h & 3) !== 0;
  const reasonEnd = ms >= entry.durationMs ? 'trackdone' : skipped ? 'fwdbtn' : (h & 8) === 0 ? 'endplay' : 'logout';
  const lines = [
    `"ts": "${iso(at)}"`,
    ...(endsong ? [`"username": "${EXPORT_USERNAME}"`] : []),
    `"platform": "${PLATFORMS[h % PLATFORMS.length]}"`,
    `"ms_played": ${ms}`,
    `"conn_country": "${COUNTRIES[(h >>> 4) % COUNTRIES.length]}"`,
    endsong ? `"ip_addr_decrypted": "${ipFor(i)}"` : `"ip_addr": "${ipFor(i)}"`,
    ...(endsong ? [`"user_agent_decrypted": "${AGENTS[(h >>> 7) % AGENTS.length]}"`] : []),
    `"master_metadata_track_name": ${music ? str(trackName(listening, i)) : 'null'}`,
    `"master_metadata_album_artist_name": ${music ? str(entry.artist) : 'null'}`,
    `"master_metadata_album_album_name": ${music ? str(entry.album) : 'null'}`,
    `"spotify_track_uri": ${music ? str(entry.uri) : 'null'}`,
    `"episode_name": ${episode ? str(entry.name) : 'null'}`,
    `"episode_show_name": ${episode ? str(entry.artist) : 'null'}`,
    `"spotify_episode_uri": ${episode ? str(entry.uri) : 'null'}`,
    ...(endsong
      ? []
      : [
          `"audiobook_title": ${book ? str(entry.artist) : 'null'}`,
          `"audiobook_uri": ${book ? str(entry.bookUri ?? null) : 'null'}`,
          `"audiobook_chapter_uri": ${book ? str(entry.uri) : 'null'}`,
          `"audiobook_chapter_title": ${book ? str(entry.name) : 'null'}`,
        ]),
    `"reason_start": "${(h & 16) === 0 ? 'trackdone' : 'clickrow'}"`,
    `"reason_end": "${reasonEnd}"`,
    `"shuffle": ${(h & 32) !== 0}`,
    `"skipped": ${skipped}`,
    `"offline": ${(h & 960) === 0}`,
    `"offline_timestamp": ${Math.floor(at / 1000) - Math.floor(ms / 1000)}`,
    `"incognito_mode": false`,
  ];
  return `    {\n        ${lines.join(',\n        ')}\n    }`;
}

const jsonArray = (records: string[]) => (records.length === 0 ? '[]' : `[\n${records.join(',\n')}\n]`);

function yearsLabel(listening: Listening, first: number, last: number): string {
  const a = new Date(listening.ts[first]!).getUTCFullYear();
  const b = new Date(listening.ts[last]!).getUTCFullYear();
  return a === b ? String(a) : `${a}-${b}`;
}

/** Stream indexes in [0, until) split into files of 15,000–19,000 streams (Spotify splits by size). */
function splitIntoFiles(count: number, seed: number): [number, number][] {
  const files: [number, number][] = [];
  for (let from = 0, n = 0; from < count; n++) {
    const size = 15_000 + (mix(seed + n) % 4001);
    files.push([from, Math.min(count, from + size)]);
    from += size;
  }
  return files;
}

function* extendedFiles(listening: Listening, endsong: boolean, until: number): Generator<ExportFile> {
  const count = lowerBound(listening.ts, until);
  const audio: number[] = [];
  const video: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!endsong && listening.items[listening.item[i]!]!.kind === 'video') video.push(i);
    else audio.push(i);
  }
  // A few records with no metadata at all (they happen: an unavailable track, a local file).
  const blanks = new Set([audio[Math.floor(audio.length / 3)], audio[Math.floor((audio.length * 2) / 3)]]);
  const folder = endsong ? ENDSONG_FOLDER : EXTENDED_FOLDER;
  const parts = splitIntoFiles(audio.length, 7);
  for (let n = 0; n < parts.length; n++) {
    const [start, to] = parts[n]!;
    // The second file repeats the end of the first: an overlap, as when exports are combined.
    const from = n === 1 ? Math.max(0, start - OVERLAP) : start;
    const records: string[] = [];
    for (let k = from; k < to; k++) records.push(extendedRecord(listening, audio[k]!, endsong, blanks.has(audio[k])));
    const name = endsong
      ? `endsong_${n}.json`
      : `Streaming_History_Audio_${yearsLabel(listening, audio[from]!, audio[to - 1]!)}_${n}.json`;
    yield { path: `${folder}/${name}`, text: jsonArray(records), records: records.length };
  }
  if (video.length > 0) {
    const records = video.map((i) => extendedRecord(listening, i, false, false));
    yield {
      path: `${folder}/Streaming_History_Video_${yearsLabel(listening, video[0]!, video[video.length - 1]!)}.json`,
      text: jsonArray(records),
      records: records.length,
    };
  }
  yield { path: `${folder}/ReadMeFirst_ExtendedStreamingHistory.pdf`, bytes: fakePdf(), records: 0 };
}

function* accountFiles(listening: Listening): Generator<ExportFile> {
  const from = lowerBound(listening.ts, listening.end - YEAR_MS);
  const music: string[] = [];
  const podcasts: string[] = [];
  for (let i = from; i < listening.ts.length; i++) {
    const entry = listening.items[listening.item[i]!]!;
    const at = listening.ts[i]!;
    const ms = listening.msPlayed[i]!;
    if (entry.kind === 'music')
      music.push(
        `  {\n    "endTime" : "${minute(at)}",\n    "artistName" : ${str(entry.artist)},\n    "trackName" : ${str(trackName(listening, i))},\n    "msPlayed" : ${ms}\n  }`,
      );
    else if (entry.kind !== 'audiobook')
      podcasts.push(
        `  {\n    "endTime" : "${minute(at)}",\n    "podcastName" : ${str(entry.artist)},\n    "episodeName" : ${str(entry.name)},\n    "msPlayed" : ${ms}\n  }`,
      );
  }
  for (let n = 0; n * ACCOUNT_ROWS_PER_FILE < music.length; n++) {
    const rows = music.slice(n * ACCOUNT_ROWS_PER_FILE, (n + 1) * ACCOUNT_ROWS_PER_FILE);
    yield { path: `${ACCOUNT_FOLDER}/StreamingHistory_music_${n}.json`, text: jsonArray(rows), records: rows.length };
  }
  if (podcasts.length > 0)
    yield {
      path: `${ACCOUNT_FOLDER}/StreamingHistory_podcast_0.json`,
      text: jsonArray(podcasts),
      records: podcasts.length,
    };
  yield {
    path: `${ACCOUNT_FOLDER}/Userdata.json`,
    text: JSON.stringify(
      {
        username: EXPORT_USERNAME,
        email: 'listener@example.invalid',
        country: 'SE',
        createdFromFacebook: false,
        birthdate: '1990-01-01',
        gender: 'neutral',
        postalCode: null,
        mobileNumber: null,
        mobileOperator: null,
        mobileBrand: null,
        creationTime: '2015-03-02',
      },
      null,
      2,
    ),
    records: 0,
  };
  const favourites = [...new Set([...listening.item.slice(-500)])].slice(0, 20).map((i) => listening.items[i]!);
  yield {
    path: `${ACCOUNT_FOLDER}/YourLibrary.json`,
    text: JSON.stringify(
      {
        tracks: favourites
          .filter((t) => t.kind === 'music')
          .map((t) => ({ artist: t.artist, album: t.album, track: t.name, uri: t.uri })),
        albums: [],
        shows: [],
        episodes: [],
        bannedTracks: [],
        artists: [],
        bannedArtists: [],
        other: [],
      },
      null,
      2,
    ),
    records: 0,
  };
  yield {
    path: `${ACCOUNT_FOLDER}/Playlist1.json`,
    text: JSON.stringify(
      {
        playlists: [
          {
            name: 'Late drives',
            lastModifiedDate: '2026-02-01',
            items: favourites.slice(0, 5).map((t) => ({
              track: { trackName: t.name, artistName: t.artist, albumName: t.album, trackUri: t.uri },
              episode: null,
              localTrack: null,
              addedDate: '2026-01-05',
            })),
            description: null,
            numberOfFollowers: 0,
          },
        ],
      },
      null,
      2,
    ),
    records: 0,
  };
  yield {
    path: `${ACCOUNT_FOLDER}/SearchQueries.json`,
    text: JSON.stringify(
      [
        {
          platform: 'ANDROID',
          searchTime: '2026-10-01T10:00:00.000Z[UTC]',
          searchQuery: 'lantern',
          searchInteractionURIs: [],
        },
      ],
      null,
      2,
    ),
    records: 0,
  };
}

function fakePdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.4\n% Heavy Rotation test export: the ReadMe would be here.\n%%EOF\n');
}

/** The export's files one at a time (a million streams is most of a gigabyte of JSON). */
export function* exportFiles(options: ExportOptions): Generator<ExportFile> {
  const listening = generateListening(options);
  if (options.format === 'account') yield* accountFiles(listening);
  else {
    const until = options.extendedUntil ? Date.parse(`${options.extendedUntil}T00:00:00Z`) : listening.end;
    yield* extendedFiles(listening, options.format === 'endsong', until);
  }
}
