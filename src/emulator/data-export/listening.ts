// A listener's whole history as the generator imagines it: every stream with its end time,
// time played and what was played, in columns. The export formats (export-files.ts) are
// renderings of this one listening, so an extended export and an account-data export made
// with the same options describe the same streams, and overlap where the formats would.
//
// Deterministic: the same options give the same listening in every runtime. Its head is the
// emulator's catalogue, ranked the way the demo's top lists are (long term overall, medium
// term over the last six months, short term over the last four weeks), so the demo's top
// lists and an imported sample join by track URI; a generated long tail fills the rest.
import { getCatalog, type TimeRange } from '../fixtures';
import { base62Id, createRng, type Rng } from '../prng';

export type ExportItemKind = 'music' | 'podcast' | 'audiobook' | 'video';

export interface ExportItem {
  kind: ExportItemKind;
  /** spotify:track:…, spotify:episode:… or spotify:chapter:… */
  uri: string;
  /** Track name, episode name or chapter title. */
  name: string;
  /** Artist, show or audiobook title. */
  artist: string;
  /** Album (music only). */
  album: string;
  /** spotify:audiobook:… (audiobooks only). */
  bookUri?: string;
  durationMs: number;
}

export interface ListeningOptions {
  streams: number;
  years: number;
  seed?: string;
  /** The day the listening ends (UTC, exclusive), 'YYYY-MM-DD'. */
  end?: string;
}

export interface Listening {
  items: ExportItem[];
  /** Per stream, ascending by time: end time (ms since epoch, whole seconds), ms played, item index. */
  ts: Float64Array;
  msPlayed: Uint32Array;
  item: Uint32Array;
  start: number;
  end: number;
  /** A track whose name changed: streams before `until` carry `oldName`. */
  renamed: { item: number; oldName: string; until: number };
  /** Two tracks with the same title by different artists. */
  sharedTitle: [number, number];
  /** Hash seed for the per-stream details (platform, country, …). */
  seed: string;
}

export const DEFAULT_END = '2026-11-20';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Relative listening per hour of the day (UTC-ish: a listener in Europe). */
const HOUR_WEIGHTS = [
  0.25, 0.12, 0.06, 0.03, 0.03, 0.05, 0.2, 0.6, 1.0, 0.8, 0.6, 0.7, 0.9, 0.7, 0.6, 0.7, 0.9, 1.2, 1.3, 1.2, 1.1, 1.0,
  0.8, 0.5,
];
/** Monday … Sunday. */
const WEEKDAY_WEIGHTS = [1.0, 1.0, 1.05, 1.0, 1.15, 1.25, 0.95];

const WORDS_A = ['Velvet', 'Paper', 'Hollow', 'Golden', 'Quiet', 'Neon', 'Amber', 'Silver', 'Wild', 'Static', 'Lunar'];
const WORDS_B = ['Harbor', 'Lantern', 'Orchard', 'Signal', 'Meadow', 'Comet', 'Atlas', 'Canyon', 'Ember', 'Willow'];
const WORDS_C = ['Fever', 'Hours', 'Summer', 'Tides', 'Lights', 'Rooms', 'Roads', 'Letters', 'Waves', 'Stories'];
const FIRST = ['Mara', 'Jonah', 'Ines', 'Theo', 'Lena', 'Oskar', 'Priya', 'Caleb', 'Noor', 'Felix', 'Ada', 'Juno'];
const LAST = ['Vale', 'Marsh', 'Okafor', 'Serrano', 'Brandt', 'Hart', 'Nakamura', 'Rask', 'Thorne', 'Voss', 'Dahl'];
const SHOWS = ['The Slow Hour', 'Liner Notes', 'Signal & Noise'];
const VIDEO_SHOW = 'Studio Sessions (Video)';
const BOOK = { title: 'The Lantern Keeper', chapters: 24 };

/** Zipf-like cumulative weights over n ranks, for sampling by binary search. */
function zipf(n: number, exponent: number, offset: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    sum += 1 / (r + offset) ** exponent;
    cumulative[r] = sum;
  }
  for (let r = 0; r < n; r++) cumulative[r]! /= sum;
  return cumulative;
}

function sample(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tailName(rng: Rng): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `${rng.pick(WORDS_A)} ${rng.pick(WORDS_B)}`;
    case 1:
      return `${rng.pick(WORDS_B)} ${rng.pick(WORDS_C)}`;
    case 2:
      return `The ${rng.pick(WORDS_A)} ${rng.pick(WORDS_C)}`;
    default:
      return `${rng.pick(WORDS_B)} of ${rng.pick(WORDS_C)}`;
  }
}

/** The catalogue as export items, and its tracks' order in each of the demo's top lists. */
function catalogueItems(): { items: ExportItem[]; order: Record<TimeRange, number[]> } {
  const catalog = getCatalog('default');
  const items: ExportItem[] = [];
  const indexById = new Map<string, number>();
  for (const track of catalog.tracks.values()) {
    indexById.set(track.id, items.length);
    items.push({
      kind: 'music',
      uri: `spotify:track:${track.id}`,
      name: track.name,
      artist: catalog.artists.get(track.artistIds[0]!)!.name,
      album: catalog.albums.get(track.albumId)!.name,
      durationMs: track.durationMs,
    });
  }
  const ranked = (range: TimeRange) => {
    const top = catalog.top.tracks[range].map((id) => indexById.get(id)!);
    const rest = items.map((_, i) => i).filter((i) => !top.includes(i));
    return [...top, ...rest];
  };
  return {
    items,
    order: { short_term: ranked('short_term'), medium_term: ranked('medium_term'), long_term: ranked('long_term') },
  };
}

export function generateListening(options: ListeningOptions): Listening {
  const seed = options.seed ?? 'heavy-rotation/data-export/v1';
  const streams = Math.max(0, Math.floor(options.streams));
  const rng = createRng(`${seed}/${streams}/${options.years}`);
  const end = Date.parse(`${options.end ?? DEFAULT_END}T00:00:00Z`);
  const start = end - Math.round(options.years * 365.25) * DAY;

  const { items, order } = catalogueItems();
  const head = items.length;

  // The long tail: about one new track per dozen streams, as in real histories.
  const tailSize = Math.max(300, Math.min(80_000, Math.round(streams / 12)));
  const tailArtists = Array.from({ length: Math.max(40, Math.round(tailSize / 6)) }, () => {
    const name = rng.chance(0.5)
      ? `${rng.pick(FIRST)} ${rng.pick(LAST)}`
      : `${rng.pick(WORDS_A)} ${rng.pick(WORDS_B)}s`;
    return name;
  }).map((name, i) => `${name}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / 50)}` : ''}`);
  const tailAlbums = Array.from({ length: Math.max(60, Math.round(tailSize / 4)) }, () => tailName(rng));
  for (let i = 0; i < tailSize; i++) {
    const artist = rng.int(0, tailArtists.length - 1);
    items.push({
      kind: 'music',
      uri: `spotify:track:${base62Id(`${seed}/tail/${i}`)}`,
      name: tailName(rng),
      artist: tailArtists[artist]!,
      album: tailAlbums[(artist * 7 + rng.int(0, 2)) % tailAlbums.length]!,
      durationMs: Math.round((120 + (rng.next() + rng.next()) * 120) * 1000),
    });
  }
  // Quirk: the tail's favourite shares its title with the all-time favourite, by another artist.
  const favourite = order.long_term[0]!;
  items[head]!.name = items[favourite]!.name;
  const sharedTitle: [number, number] = [favourite, head];

  const podcastStart = items.length;
  for (let s = 0; s < SHOWS.length; s++) {
    for (let e = 0; e < 40; e++) {
      items.push({
        kind: 'podcast',
        uri: `spotify:episode:${base62Id(`${seed}/episode/${s}/${e}`)}`,
        name: `${SHOWS[s]} #${e + 1}: ${tailName(rng)}`,
        artist: SHOWS[s]!,
        album: '',
        durationMs: rng.int(20, 70) * 60_000,
      });
    }
  }
  const videoStart = items.length;
  for (let e = 0; e < 12; e++) {
    items.push({
      kind: 'video',
      uri: `spotify:episode:${base62Id(`${seed}/video/${e}`)}`,
      name: `${VIDEO_SHOW} – ${tailName(rng)}`,
      artist: VIDEO_SHOW,
      album: '',
      durationMs: rng.int(8, 25) * 60_000,
    });
  }
  const bookStart = items.length;
  const bookUri = `spotify:audiobook:${base62Id(`${seed}/book`)}`;
  for (let c = 0; c < BOOK.chapters; c++) {
    items.push({
      kind: 'audiobook',
      uri: `spotify:chapter:${base62Id(`${seed}/chapter/${c}`)}`,
      name: `Chapter ${c + 1}`,
      artist: BOOK.title,
      album: '',
      bookUri,
      durationMs: rng.int(18, 40) * 60_000,
    });
  }

  // When: an intensity per hour of the span (hour of day, weekday, the day's mood, breaks),
  // and the streams placed along its cumulative, so they cluster where listening is heavy.
  const hours = Math.round((end - start) / HOUR);
  const cumulative = new Float64Array(hours + 1);
  let dayFactor = 1;
  for (let h = 0; h < hours; h++) {
    const at = start + h * HOUR;
    const hourOfDay = h % 24;
    if (hourOfDay === 0) dayFactor = rng.chance(0.05) ? 0 : 0.3 + rng.next() * 1.4;
    const weekday = (new Date(at).getUTCDay() + 6) % 7;
    cumulative[h + 1] = cumulative[h]! + HOUR_WEIGHTS[hourOfDay]! * WEEKDAY_WEIGHTS[weekday]! * dayFactor;
  }
  const totalWeight = cumulative[hours]!;

  const longTerm = zipf(head, 0.9, 3);
  const tailZipf = zipf(tailSize, 0.85, 2);
  const eras = 4;
  const ts = new Float64Array(streams);
  const msPlayed = new Uint32Array(streams);
  const item = new Uint32Array(streams);
  let hour = 0;
  let last = start;
  for (let i = 0; i < streams; i++) {
    const target = ((i + rng.next()) / streams) * totalWeight;
    while (hour < hours - 1 && cumulative[hour + 1]! < target) hour++;
    const within = (target - cumulative[hour]!) / Math.max(1e-9, cumulative[hour + 1]! - cumulative[hour]!);
    const at = Math.max(last + 1000, Math.floor((start + (hour + Math.min(0.999, within)) * HOUR) / 1000) * 1000);
    ts[i] = at;
    last = at;

    const age = end - at;
    const roll = rng.next();
    let chosen: number;
    if (roll < 0.035) chosen = podcastStart + rng.int(0, SHOWS.length * 40 - 1);
    else if (roll < 0.04) chosen = videoStart + rng.int(0, 11);
    else if (roll < 0.043)
      chosen = bookStart + Math.min(BOOK.chapters - 1, Math.floor(((at - start) / (end - start)) * BOOK.chapters));
    else if (roll < 0.6) {
      const range: TimeRange = age < 28 * DAY ? 'short_term' : age < 182 * DAY ? 'medium_term' : 'long_term';
      chosen = order[range][sample(longTerm, rng.next())]!;
    } else {
      // Tastes drift: each era of the history favours a different part of the tail.
      const era = Math.min(eras - 1, Math.floor(((at - start) / (end - start)) * eras));
      const rank = sample(tailZipf, rng.next());
      chosen = head + (rank === 0 ? 0 : (rank + Math.floor((era * tailSize) / eras)) % tailSize);
    }
    item[i] = chosen;

    const duration = items[chosen]!.durationMs;
    const how = rng.next();
    msPlayed[i] =
      items[chosen]!.kind !== 'music'
        ? Math.round(duration * (0.2 + rng.next() * 0.8))
        : how < 0.68
          ? duration
          : how < 0.9
            ? rng.int(0, 29_000)
            : rng.int(30_000, duration);
  }

  // Quirks at the edges: exactly 29,999 and 30,000 ms, and streams either side of each new year.
  const favouriteStreams = [...ts.keys()].filter((i) => item[i] === favourite);
  favouriteStreams.slice(0, 2).forEach((i) => (msPlayed[i] = 29_999));
  favouriteStreams.slice(2, 4).forEach((i) => (msPlayed[i] = 30_000));
  const startYear = new Date(start).getUTCFullYear();
  const endYear = new Date(end).getUTCFullYear();
  for (let year = startYear + 1; year <= endYear; year++) {
    const boundary = Date.UTC(year, 0, 1);
    if (boundary <= start + HOUR || boundary >= end - HOUR) continue;
    const index = lowerBound(ts, boundary);
    if (index < 2 || index >= streams - 2) continue;
    // Move the nearest streams onto the boundary, keeping the order.
    if (ts[index - 2]! < boundary - 1000) ts[index - 1] = boundary - 1000; // 23:59:59
    if (ts[index + 1]! > boundary) ts[index] = boundary; // 00:00:00
  }

  const renamedItem = order.long_term[1]!;
  return {
    items,
    ts,
    msPlayed,
    item,
    start,
    end,
    renamed: {
      item: renamedItem,
      oldName: `${items[renamedItem]!.name} (Original Mix)`,
      until: start + (end - start) / 2,
    },
    sharedTitle,
    seed,
  };
}

/** First index whose value is ≥ value, in an ascending array. */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
