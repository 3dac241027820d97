// The emulated account's catalogue and listening history: fictional artists, albums
// and tracks generated from word lists by a seeded PRNG, so every run serves the
// same data. Records hold facts only; objects.ts turns them into Spotify JSON.
import { base62Id, createRng, type Rng } from './prng';
import type { Dataset } from './types';

export type TimeRange = 'short_term' | 'medium_term' | 'long_term';
export const TIME_RANGES: readonly TimeRange[] = ['short_term', 'medium_term', 'long_term'];
export type TopType = 'artists' | 'tracks';

export interface ArtistRecord {
  id: string;
  name: string;
  genres: string[];
  followers: number;
  popularity: number;
  /** Replaces https://open.spotify.com/artist/{id} (hostile dataset). */
  externalUrl?: string;
}

export interface AlbumRecord {
  id: string;
  name: string;
  albumType: 'album' | 'single' | 'compilation';
  artistIds: string[];
  releaseDate: string;
  releaseDatePrecision: 'year' | 'month' | 'day';
  label: string;
  popularity: number;
  totalTracks: number;
  markets: string[];
  externalUrl?: string;
  /** Replaces the generated artwork URLs (hostile dataset). */
  imageUrl?: string;
}

export interface TrackRecord {
  id: string;
  name: string;
  albumId: string;
  artistIds: string[];
  durationMs: number;
  explicit: boolean;
  popularity: number;
  discNumber: number;
  trackNumber: number;
  isrc: string;
  externalUrl?: string;
}

export interface UserRecord {
  id: string;
  accountId: string;
  displayName: string;
  email: string;
  country: string;
  product: string;
  followers: number;
}

export interface Catalog {
  user: UserRecord;
  artists: ReadonlyMap<string, ArtistRecord>;
  albums: ReadonlyMap<string, AlbumRecord>;
  tracks: ReadonlyMap<string, TrackRecord>;
  /** Ids in rank order, per type and range. */
  top: Record<TopType, Record<TimeRange, string[]>>;
}

export const FIXTURE_USER: Readonly<UserRecord> = {
  id: 'demo-listener',
  accountId: base62Id('account:demo-listener'),
  displayName: 'Demo Listener',
  email: 'demo.listener@example.com',
  country: 'SE',
  product: 'premium',
  followers: 12,
};

export const ARTIST_COUNT = 72;
export const ALBUM_COUNT = 64;
/** Top list lengths per range; Spotify pages through these with offset. */
export const TOP_SIZES: Record<TopType, Record<TimeRange, number>> = {
  tracks: { short_term: 60, medium_term: 100, long_term: 120 },
  artists: { short_term: 30, medium_term: 50, long_term: 60 },
};

/** A comma-separated word list, kept compact (the formatter would give each word a line). */
const list = (text: string) =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);

const ADJECTIVES = list(`
  Velvet, Paper, Hollow, Golden, Quiet, Neon, Amber, Silver, Wild, Static, Copper, Lunar, Crimson,
  Pale, Electric, Distant, Midnight, Saffron, Glass, Marble, Honey, Cobalt, Tidal, Wooden, Northern,
  Feral, Gentle, Restless, Secret, Faded
`);
const NOUNS = list(`
  Harbor, Lantern, Orchard, Signal, Meadow, Comet, Atlas, Canyon, Ember, Willow, Falcon, Mirror,
  Ribbon, Cathedral, Satellite, Pilot, Garden, Tiger, Engine, Parade, Thistle, Anchor, Prism, Lagoon,
  Kestrel, Beacon, Cinder, Harvest, Ferry, Glacier
`);
const FIRST_NAMES = list(`
  Mara, Jonah, Ines, Theo, Lena, Oskar, Priya, Caleb, Noor, Felix, Ada, Rafael, Juno, Elio, Sunniva,
  Tomas, Yara, Milo, Ivy, Dario, Hana, Kofi, Linnea, Soren
`);
const LAST_NAMES = list(`
  Vale, Holloway, Marsh, Lindqvist, Okafor, Serrano, Whitlock, Brandt, Castellanos, Ferreira, Hart,
  Kowalski, Nakamura, Quinlan, Rask, Sterling, Thorne, Ulloa, Voss, Winslow, Achterberg, Beaumont,
  Dahl, Engstrom
`);
const VERBS = list(`
  Chasing, Holding, Burning, Dancing, Waiting, Falling, Running, Dreaming, Counting, Leaving,
  Calling, Drifting, Folding, Mending
`);
const PLACES = list(`
  Lisbon, July, the Dark, Slow Motion, the Rain, Stereo, Reverse, Blue, the Morning, Low Light,
  the Deep End, Kodachrome, Open Water, the Suburbs
`);
const GENRES = list(`
  indie pop, indie rock, dream pop, shoegaze, synthpop, bedroom pop, art pop, neo soul,
  alternative r&b, hip hop, uk garage, deep house, techno, ambient, indie folk, chamber pop,
  post-punk, garage rock, psychedelic rock, nu jazz, soul, funk, nu disco, afrobeats, latin pop,
  electropop, trip hop, drum and bass, lo-fi beats, americana, singer-songwriter, swedish indie,
  scandipop, modern rock, classic rock, jazz
`);
const LABELS = list(`
  Lantern Records, Harbor Sound, Blue Orchard Music, Northern Static, Paper Moon Recordings,
  Kestrel Audio, Velvet Signal, Tidewater Records, Glasshouse Music, Ember & Ash, Low Orbit,
  Fieldnote Records
`);
const MARKETS = ['AU', 'BR', 'CA', 'DE', 'ES', 'FR', 'GB', 'JP', 'MX', 'NL', 'SE', 'US'];
const ISRC_COUNTRIES = ['GB', 'US', 'SE', 'DE', 'NL', 'CA', 'AU', 'FR'];
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function unique(rng: Rng, taken: Set<string>, make: (rng: Rng) => string): string {
  for (let attempt = 0; ; attempt++) {
    const name = make(rng);
    const candidate = attempt < 20 ? name : `${name} ${attempt}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

function artistName(rng: Rng): string {
  const adj = rng.pick(ADJECTIVES);
  const noun = rng.pick(NOUNS);
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    case 2:
      return `The ${adj} ${noun}s`;
    case 3:
      return `${rng.pick(FIRST_NAMES)} & the ${noun}s`;
    case 4:
      return `${noun}${rng.pick(NOUNS).toLowerCase()}`;
    default:
      return `${adj} ${noun}`;
  }
}

function albumName(rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
    case 1:
      return `${rng.pick(NOUNS)}s of ${rng.pick(PLACES)}`;
    case 2:
      return `Songs from the ${rng.pick(NOUNS)}`;
    case 3:
      return `The ${rng.pick(ADJECTIVES)} Hours`;
    case 4:
      return `${rng.pick(NOUNS)}s`;
    default:
      return `${rng.pick(VERBS)} ${rng.pick(PLACES)}`;
  }
}

/** `year`: the album's release year (only old recordings get remastered). */
function trackName(rng: Rng, year: number): string {
  switch (rng.int(0, 7)) {
    case 0:
    case 1:
      return `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
    case 2:
      return `${rng.pick(VERBS)} the ${rng.pick(NOUNS)}`;
    case 3:
      return `${rng.pick(NOUNS)} in ${rng.pick(PLACES)}`;
    case 4:
      return `When the ${rng.pick(NOUNS)} Breaks`;
    case 5:
      return `${rng.pick(VERBS)} ${rng.pick(PLACES)}`;
    case 6:
      return year < 2005
        ? `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} - Remastered ${rng.int(Math.max(2009, year + 20), 2024)}`
        : `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
    default:
      return `${rng.pick(NOUNS)} (Reprise)`;
  }
}

/** Mostly recent, back to the 1960s. */
function releaseDate(rng: Rng): { date: string; precision: AlbumRecord['releaseDatePrecision'] } {
  const decades: [number, number][] = [
    [1960, 5],
    [1970, 7],
    [1980, 8],
    [1990, 10],
    [2000, 15],
    [2010, 25],
    [2020, 30],
  ];
  let roll = rng.int(1, 100);
  let decade = 2020;
  for (const [start, weight] of decades) {
    if ((roll -= weight) <= 0) {
      decade = start;
      break;
    }
  }
  const year = decade === 2020 ? rng.int(2020, 2026) : rng.int(decade, decade + 9);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const roll2 = rng.next();
  const [dayShare, monthShare] = year < 1990 ? [0.2, 0.1] : year < 2010 ? [0.6, 0.2] : [0.9, 0.05];
  if (roll2 < dayShare) return { date: `${year}-${month}-${day}`, precision: 'day' };
  if (roll2 < dayShare + monthShare) return { date: `${year}-${month}`, precision: 'month' };
  return { date: String(year), precision: 'year' };
}

function generateCatalog(): Catalog {
  const rng = createRng('heavy-rotation-emulator/catalog/v1');
  const names = new Set<string>();

  const artists: ArtistRecord[] = [];
  for (let i = 0; i < ARTIST_COUNT; i++) {
    const popularity = rng.int(28, 92);
    const genreCount = rng.int(1, 3);
    const genres = rng.shuffle(GENRES).slice(0, genreCount);
    artists.push({
      id: base62Id(`artist:${i}`),
      name: unique(rng, names, artistName),
      genres,
      popularity,
      followers: Math.round(10 ** (2 + popularity / 22 + rng.next())),
    });
  }

  // The first 48 artists lead an album each, a few favourites get more; the
  // remaining 24 appear only as featured artists.
  const albums: AlbumRecord[] = [];
  for (let i = 0; i < ALBUM_COUNT; i++) {
    const lead = i < 48 ? artists[i]! : artists[rng.int(0, 23)]!;
    const roll = rng.next();
    const albumType: AlbumRecord['albumType'] = roll < 0.3 ? 'single' : roll < 0.95 ? 'album' : 'compilation';
    const { date, precision } = releaseDate(rng);
    albums.push({
      id: base62Id(`album:${i}`),
      name: unique(rng, names, albumName),
      albumType,
      artistIds: [lead.id],
      releaseDate: date,
      releaseDatePrecision: precision,
      label: rng.pick(LABELS),
      popularity: rng.int(15, 85),
      totalTracks: albumType === 'single' ? rng.int(1, 3) : rng.int(8, 16),
      markets: rng.shuffle(MARKETS).slice(0, rng.int(5, MARKETS.length)).sort(),
    });
  }

  const tracks: TrackRecord[] = [];
  let featureCursor = 0;
  for (const album of albums) {
    const count = Math.min(album.totalTracks, album.albumType === 'single' ? rng.int(1, 2) : rng.int(3, 5));
    const numbers = rng
      .shuffle(Array.from({ length: album.totalTracks }, (_, n) => n + 1))
      .slice(0, count)
      .sort((a, b) => a - b);
    const isrcPrefix = `${rng.pick(ISRC_COUNTRIES)}${Array.from({ length: 3 }, () => rng.pick([...ALPHANUMERIC])).join('')}${album.releaseDate.slice(2, 4)}`;
    for (const trackNumber of numbers) {
      const index = tracks.length;
      const lead = album.albumType === 'compilation' ? rng.pick(artists).id : album.artistIds[0]!;
      const artistIds = [lead];
      // Every sixth track features one of the feature-only artists, a few others a peer.
      const featured =
        index % 6 === 0
          ? artists[48 + (featureCursor++ % (ARTIST_COUNT - 48))]!.id
          : rng.chance(0.08)
            ? rng.pick(artists).id
            : undefined;
      if (featured && featured !== lead) artistIds.push(featured);
      // Three uniforms: a bell around four minutes, within 1:30–7:00.
      const seconds = 90 + ((rng.next() + rng.next() + rng.next()) / 3) * 330;
      tracks.push({
        id: base62Id(`track:${index}`),
        name: unique(rng, names, (r) => trackName(r, Number(album.releaseDate.slice(0, 4)))),
        albumId: album.id,
        artistIds,
        durationMs: Math.round(seconds * 1000),
        explicit: rng.chance(0.18),
        popularity: Math.max(0, Math.min(100, album.popularity + rng.int(-15, 15))),
        discNumber: 1,
        trackNumber,
        isrc: `${isrcPrefix}${String(index + 1).padStart(5, '0')}`,
      });
    }
  }

  return {
    user: { ...FIXTURE_USER },
    artists: new Map(artists.map((a) => [a.id, a])),
    albums: new Map(albums.map((a) => [a.id, a])),
    tracks: new Map(tracks.map((t) => [t.id, t])),
    top: topLists(rng, tracks, artists),
  };
}

/**
 * Listening history shaped so that ranges differ the way real ones do: a core of
 * staples in all three, new discoveries only in short_term, tracks rising into
 * and falling out of the recent ranges, and old favourites only in long_term.
 */
function topLists(rng: Rng, tracks: TrackRecord[], artists: ArtistRecord[]): Catalog['top'] {
  // [group size, bias for short, medium, long]; NaN = absent from that range.
  const groups: [number, number, number, number][] = [
    [30, 0.6, 0.8, 1.0], // staples
    [15, 0.9, NaN, NaN], // new discoveries
    [15, 0.7, 0.4, NaN], // rising
    [45, NaN, 0.6, 0.6], // faded out recently
    [10, NaN, 0.3, NaN], // a passing phase
    [45, NaN, NaN, 0.4], // old favourites
  ];
  const pool = rng.shuffle(tracks.map((t) => t.id));
  const scored: Record<TimeRange, [string, number][]> = { short_term: [], medium_term: [], long_term: [] };
  let cursor = 0;
  for (const [size, ...biases] of groups) {
    for (const id of pool.slice(cursor, cursor + size)) {
      TIME_RANGES.forEach((range, r) => {
        const bias = biases[r]!;
        if (!Number.isNaN(bias)) scored[range].push([id, bias + rng.next() * 0.8]);
      });
    }
    cursor += size;
  }
  const byScore = (entries: [string, number][]) => entries.sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const trackById = new Map(tracks.map((t) => [t.id, t]));

  const top: Catalog['top'] = {
    tracks: { short_term: [], medium_term: [], long_term: [] },
    artists: { short_term: [], medium_term: [], long_term: [] },
  };
  for (const range of TIME_RANGES) {
    const ranked = byScore(scored[range]).slice(0, TOP_SIZES.tracks[range]);
    top.tracks[range] = ranked;
    // Artists rank by how high and how often they appear in the same range's top tracks.
    const weight = new Map<string, number>();
    ranked.forEach((id, rank) => {
      trackById.get(id)!.artistIds.forEach((artistId, position) => {
        const points = (ranked.length - rank) / ranked.length / (position === 0 ? 1 : 2);
        weight.set(artistId, (weight.get(artistId) ?? 0) + points);
      });
    });
    const listened = [...weight].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const rest = rng.shuffle(artists.map((a) => a.id).filter((id) => !weight.has(id)));
    top.artists[range] = [...listened, ...rest].slice(0, TOP_SIZES.artists[range]);
  }
  return top;
}

/**
 * The default data with markup and unsafe links planted where the app shows them
 * first: names carrying HTML/script, and `external_urls.spotify` with javascript:,
 * data: and plain-http URLs.
 */
function hostileCatalog(base: Catalog): Catalog {
  const artists = new Map([...base.artists].map(([id, a]) => [id, { ...a }]));
  const albums = new Map([...base.albums].map(([id, a]) => [id, { ...a }]));
  const tracks = new Map([...base.tracks].map(([id, t]) => [id, { ...t }]));
  const recentTracks = base.top.tracks.short_term.map((id) => tracks.get(id)!);
  const track = (n: number) => recentTracks[n]!;
  const albumOf = (n: number) => albums.get(track(n).albumId)!;
  const artistOf = (n: number) => artists.get(track(n).artistIds[0]!)!;

  track(0).name = '<img src=x onerror=alert(1)>';
  track(1).name = '<script>alert(1)</script>';
  artistOf(2).name = '"><svg onload=alert(1)>';
  albumOf(3).name = '<script>alert(1)</script>';
  track(4).externalUrl = 'javascript:alert(1)';
  albumOf(5).externalUrl = 'data:text/html,<script>alert(1)</script>';
  artistOf(6).externalUrl = 'http://example.invalid/x';
  albumOf(7).imageUrl = 'https://images.example.invalid/cover.jpg';
  const topArtist = artists.get(base.top.artists.short_term[0]!)!;
  topArtist.externalUrl = 'javascript:alert(1)';
  topArtist.genres = ['<img src=x onerror=alert(1)>', ...topArtist.genres];
  tracks.get(base.top.tracks.long_term[0]!)!.externalUrl = 'http://example.invalid/x';

  return {
    ...base,
    user: { ...base.user, displayName: '<img src=x onerror=alert(1)>' },
    artists,
    albums,
    tracks,
  };
}

const catalogs = new Map<Dataset, Catalog>();

/** The catalogue for a dataset, built once per process. */
export function getCatalog(dataset: Dataset): Catalog {
  let catalog = catalogs.get(dataset);
  if (!catalog) {
    const base = dataset === 'default' ? generateCatalog() : getCatalog('default');
    if (dataset === 'hostile') catalog = hostileCatalog(base);
    else if (dataset === 'empty') {
      const none = { short_term: [], medium_term: [], long_term: [] };
      catalog = { ...base, top: { tracks: none, artists: none } };
    } else catalog = base;
    catalogs.set(dataset, catalog);
  }
  return catalog;
}
