import { describe, expect, it } from 'vitest';
import { parseArtist, parseCurrentUser, parsePaging, parsePlaylist, parseSnapshot, parseTrack } from './parse';

// Shapes as Spotify sends them to an app in development mode: popularity, followers,
// genres, available_markets, country, email, product … stripped.
const devArtist = {
  external_urls: { spotify: 'https://open.spotify.com/artist/a1' },
  href: 'https://api.spotify.com/v1/artists/a1',
  id: 'a1',
  images: [
    { url: 'https://i.scdn.co/image/640', height: 640, width: 640 },
    { url: 'https://i.scdn.co/image/160', height: 160, width: 160 },
  ],
  name: 'Artist One',
  type: 'artist',
  uri: 'spotify:artist:a1',
};

const simplifiedArtist = {
  external_urls: { spotify: 'https://open.spotify.com/artist/a1' },
  href: 'https://api.spotify.com/v1/artists/a1',
  id: 'a1',
  name: 'Artist One',
  type: 'artist',
  uri: 'spotify:artist:a1',
};

const devTrack = {
  album: {
    album_type: 'album',
    artists: [simplifiedArtist],
    external_urls: { spotify: 'https://open.spotify.com/album/al1' },
    href: 'https://api.spotify.com/v1/albums/al1',
    id: 'al1',
    images: [{ url: 'https://i.scdn.co/image/album640', height: 640, width: 640 }],
    name: 'Album One',
    release_date: '2024-03-01',
    release_date_precision: 'day',
    total_tracks: 10,
    type: 'album',
    uri: 'spotify:album:al1',
  },
  artists: [simplifiedArtist],
  disc_number: 1,
  duration_ms: 215_000,
  explicit: false,
  external_ids: { isrc: 'USUM72400001' },
  external_urls: { spotify: 'https://open.spotify.com/track/t1' },
  href: 'https://api.spotify.com/v1/tracks/t1',
  id: 't1',
  is_local: false,
  name: 'Track One',
  track_number: 3,
  type: 'track',
  uri: 'spotify:track:t1',
};

const devUser = {
  display_name: 'Listener',
  external_urls: { spotify: 'https://open.spotify.com/user/u1' },
  href: 'https://api.spotify.com/v1/users/u1',
  id: 'u1',
  account_id: 'acc-123',
  images: [{ url: 'https://i.scdn.co/image/user', height: 300, width: 300 }],
  type: 'user',
  uri: 'spotify:user:u1',
};

function page(items: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    href: 'https://api.spotify.com/v1/me/top/tracks?offset=0&limit=2',
    items,
    limit: 2,
    next: 'https://api.spotify.com/v1/me/top/tracks?offset=2&limit=2',
    offset: 0,
    previous: null,
    total: 50,
    ...overrides,
  };
}

describe('parseArtist', () => {
  it('parses a development-mode artist and leaves followers, genres and popularity undefined', () => {
    const artist = parseArtist(devArtist);
    expect(artist).toEqual({
      id: 'a1',
      name: 'Artist One',
      uri: 'spotify:artist:a1',
      external_urls: { spotify: 'https://open.spotify.com/artist/a1' },
      images: devArtist.images,
    });
    expect(artist.followers).toBeUndefined();
    expect(artist.genres).toBeUndefined();
    expect(artist.popularity).toBeUndefined();
  });

  it('keeps followers, genres and popularity when Spotify sends them', () => {
    const artist = parseArtist({
      ...devArtist,
      followers: { href: null, total: 1234 },
      genres: ['indie'],
      popularity: 0,
    });
    expect(artist.followers).toEqual({ total: 1234 });
    expect(artist.genres).toEqual(['indie']);
    expect(artist.popularity).toBe(0);
  });

  it.each([
    ['popularity as a string', { popularity: '50' }],
    ['popularity as NaN', { popularity: Number.NaN }],
    ['followers as a number', { followers: 12 }],
    ['followers without a total', { followers: { href: null } }],
    ['followers with a string total', { followers: { total: '12' } }],
    ['genres as a string', { genres: 'indie' }],
    ['genres with a non-string', { genres: ['indie', 7] }],
    ['null optional fields', { popularity: null, followers: null, genres: null }],
  ])('drops %s', (_, fields) => {
    const artist = parseArtist({ ...devArtist, ...fields });
    expect(artist).toEqual(parseArtist(devArtist));
  });

  it('keeps images whose width and height are null', () => {
    const artist = parseArtist({
      ...devArtist,
      images: [{ url: 'https://i.scdn.co/image/x', height: null, width: null }],
    });
    expect(artist.images).toEqual([{ url: 'https://i.scdn.co/image/x', height: null, width: null }]);
  });

  it('keeps images with missing or wrong-typed sizes, as null', () => {
    const artist = parseArtist({ ...devArtist, images: [{ url: 'https://i.scdn.co/image/x', width: '64' }] });
    expect(artist.images).toEqual([{ url: 'https://i.scdn.co/image/x', height: null, width: null }]);
  });

  it('drops images without a URL, and reads a missing image list as empty', () => {
    const artist = parseArtist({
      ...devArtist,
      images: [null, { height: 64 }, { url: 5 }, 'x', { url: 'https://ok' }],
    });
    expect(artist.images).toEqual([{ url: 'https://ok', height: null, width: null }]);
    expect(parseArtist({ ...devArtist, images: undefined }).images).toEqual([]);
    expect(parseArtist({ ...devArtist, images: 'nope' }).images).toEqual([]);
  });

  it('reads a missing or odd external_urls as no link', () => {
    expect(parseArtist({ ...devArtist, external_urls: undefined }).external_urls).toEqual({});
    expect(parseArtist({ ...devArtist, external_urls: { spotify: 5 } }).external_urls).toEqual({});
  });

  it('drops unknown fields', () => {
    expect(parseArtist({ ...devArtist, surprise: true })).not.toHaveProperty('surprise');
    expect(parseArtist(devArtist)).not.toHaveProperty('href');
  });

  it.each(['id', 'name', 'uri'])('throws when the required field %s is missing', (field) => {
    expect(() => parseArtist({ ...devArtist, [field]: undefined })).toThrow(`artist.${field} is missing`);
  });

  it.each([null, 'a1', 42, []])('throws when the artist is %j, not an object', (value) => {
    expect(() => parseArtist(value)).toThrow('artist is not an object');
  });
});

describe('parseTrack', () => {
  it('parses a development-mode track and leaves popularity undefined', () => {
    const track = parseTrack(devTrack);
    expect(track).toEqual({
      id: 't1',
      name: 'Track One',
      uri: 'spotify:track:t1',
      duration_ms: 215_000,
      explicit: false,
      track_number: 3,
      external_ids: { isrc: 'USUM72400001' },
      external_urls: { spotify: 'https://open.spotify.com/track/t1' },
      artists: [
        {
          id: 'a1',
          name: 'Artist One',
          uri: 'spotify:artist:a1',
          external_urls: { spotify: 'https://open.spotify.com/artist/a1' },
        },
      ],
      album: {
        id: 'al1',
        name: 'Album One',
        uri: 'spotify:album:al1',
        album_type: 'album',
        release_date: '2024-03-01',
        release_date_precision: 'day',
        images: [{ url: 'https://i.scdn.co/image/album640', height: 640, width: 640 }],
        external_urls: { spotify: 'https://open.spotify.com/album/al1' },
        artists: [
          {
            id: 'a1',
            name: 'Artist One',
            uri: 'spotify:artist:a1',
            external_urls: { spotify: 'https://open.spotify.com/artist/a1' },
          },
        ],
      },
    });
    expect(track.popularity).toBeUndefined();
    expect(track.preview_url).toBeUndefined();
  });

  it('parses a track with only the required fields', () => {
    const track = parseTrack({
      id: 't2',
      name: 'Bare',
      uri: 'spotify:track:t2',
      duration_ms: 1000,
      artists: [],
      album: { id: 'al2', name: 'Bare Album', uri: 'spotify:album:al2' },
    });
    expect(track).toEqual({
      id: 't2',
      name: 'Bare',
      uri: 'spotify:track:t2',
      duration_ms: 1000,
      artists: [],
      external_urls: {},
      album: { id: 'al2', name: 'Bare Album', uri: 'spotify:album:al2', images: [], external_urls: {}, artists: [] },
    });
  });

  it('keeps popularity when Spotify sends it', () => {
    expect(parseTrack({ ...devTrack, popularity: 71 }).popularity).toBe(71);
  });

  it('treats the deprecated preview_url as missing', () => {
    expect(parseTrack({ ...devTrack, preview_url: 'https://p.scdn.co/mp3-preview/x' })).not.toHaveProperty(
      'preview_url',
    );
  });

  it.each([
    ['explicit as a string', { explicit: 'yes' }, 'explicit'],
    ['popularity as a string', { popularity: '71' }, 'popularity'],
    ['track_number as a string', { track_number: '3' }, 'track_number'],
    ['external_ids without a string isrc', { external_ids: { isrc: 1 } }, 'external_ids'],
  ])('drops %s', (_, fields, key) => {
    expect(parseTrack({ ...devTrack, ...fields })).not.toHaveProperty(key);
  });

  it.each([
    ['release_date_precision', { release_date_precision: 'week' }],
    ['release_date', { release_date: 20240301 }],
    ['album_type', { album_type: 3 }],
  ])('drops a wrong-typed album %s', (key, fields) => {
    expect(parseTrack({ ...devTrack, album: { ...devTrack.album, ...fields } }).album).not.toHaveProperty(key);
  });

  it('reads album artists that are not a list of artists as none', () => {
    expect(parseTrack({ ...devTrack, album: { ...devTrack.album, artists: [{ id: 1 }] } }).album.artists).toEqual([]);
  });

  it.each([
    ['id', { id: undefined }, 'track.id is missing'],
    ['name', { name: 5 }, 'track.name is missing'],
    ['uri', { uri: null }, 'track.uri is missing'],
    ['duration_ms', { duration_ms: '215000' }, 'track.duration_ms is missing'],
    ['album', { album: undefined }, 'track.album is not an object'],
    ['artists', { artists: undefined }, 'track.artists is not a list'],
  ])('throws when the required %s is missing or wrong', (_, fields, message) => {
    expect(() => parseTrack({ ...devTrack, ...fields })).toThrow(message);
  });

  it('throws, naming the path, when a required field deep inside is missing', () => {
    expect(() => parseTrack({ ...devTrack, album: { ...devTrack.album, id: undefined } })).toThrow(
      'track.album.id is missing',
    );
    expect(() =>
      parseTrack({ ...devTrack, artists: [simplifiedArtist, { ...simplifiedArtist, name: undefined }] }),
    ).toThrow('track.artists[1].name is missing');
  });
});

describe('parseCurrentUser', () => {
  it('parses a development-mode user and leaves country, email, product and followers undefined', () => {
    const user = parseCurrentUser(devUser);
    expect(user).toEqual({
      id: 'u1',
      account_id: 'acc-123',
      display_name: 'Listener',
      uri: 'spotify:user:u1',
      images: devUser.images,
      external_urls: { spotify: 'https://open.spotify.com/user/u1' },
    });
    expect(user.country).toBeUndefined();
    expect(user.email).toBeUndefined();
    expect(user.product).toBeUndefined();
    expect(user.followers).toBeUndefined();
    expect(user).not.toHaveProperty('explicit_content');
  });

  it('keeps the fields an app in extended quota mode gets', () => {
    const user = parseCurrentUser({
      ...devUser,
      country: 'SE',
      email: 'listener@example.com',
      product: 'premium',
      followers: { href: null, total: 3 },
    });
    expect(user).toMatchObject({
      country: 'SE',
      email: 'listener@example.com',
      product: 'premium',
      followers: { total: 3 },
    });
  });

  it('reads a null or missing display name as null', () => {
    expect(parseCurrentUser({ ...devUser, display_name: null }).display_name).toBeNull();
    expect(parseCurrentUser({ ...devUser, display_name: undefined }).display_name).toBeNull();
    expect(parseCurrentUser({ ...devUser, display_name: 7 }).display_name).toBeNull();
  });

  it('works without account_id (accounts before May 2026)', () => {
    expect(parseCurrentUser({ ...devUser, account_id: undefined })).not.toHaveProperty('account_id');
  });

  it.each([
    ['country', { country: 46 }],
    ['email', { email: { address: 'x' } }],
    ['product', { product: true }],
    ['account_id', { account_id: 123 }],
    ['followers', { followers: { total: 'many' } }],
  ])('drops a wrong-typed %s', (key, fields) => {
    expect(parseCurrentUser({ ...devUser, ...fields })).not.toHaveProperty(key);
  });

  it('keeps user images with null sizes', () => {
    const user = parseCurrentUser({ ...devUser, images: [{ url: 'https://i.scdn.co/u', height: null, width: null }] });
    expect(user.images).toEqual([{ url: 'https://i.scdn.co/u', height: null, width: null }]);
  });

  it.each([
    ['id', 'user.id is missing'],
    ['uri', 'user.uri is missing'],
  ])('throws when the required %s is missing', (field, message) => {
    expect(() => parseCurrentUser({ ...devUser, [field]: undefined })).toThrow(message);
  });

  it('throws when the user is not an object', () => {
    expect(() => parseCurrentUser('u1')).toThrow('user is not an object');
  });
});

describe('parsePaging', () => {
  it('parses a page of development-mode tracks', () => {
    const result = parsePaging(page([devTrack, { ...devTrack, id: 't2' }]), parseTrack);
    expect(result).toEqual({
      href: 'https://api.spotify.com/v1/me/top/tracks?offset=0&limit=2',
      items: [parseTrack(devTrack), parseTrack({ ...devTrack, id: 't2' })],
      limit: 2,
      next: 'https://api.spotify.com/v1/me/top/tracks?offset=2&limit=2',
      offset: 0,
      previous: null,
      total: 50,
    });
  });

  it('parses a page of development-mode artists', () => {
    const result = parsePaging(page([devArtist]), parseArtist);
    expect(result.items).toEqual([parseArtist(devArtist)]);
    expect(result.items[0]?.popularity).toBeUndefined();
  });

  it('reads missing next and previous links as null, and a missing href as empty', () => {
    const result = parsePaging(page([], { next: undefined, previous: undefined, href: undefined }), parseTrack);
    expect(result).toMatchObject({ next: null, previous: null, href: '', items: [] });
  });

  it.each([
    ['items', { items: undefined }, 'items is not a list'],
    ['limit', { limit: undefined }, 'limit is missing'],
    ['offset', { offset: '0' }, 'offset is missing'],
    ['total', { total: null }, 'total is missing'],
  ])('throws when the required %s is missing', (_, fields, message) => {
    expect(() => parsePaging(page([], fields), parseTrack)).toThrow(message);
  });

  it('throws, naming the item, when an item lacks a required field', () => {
    expect(() =>
      parsePaging(page([devTrack, { ...devTrack, album: { ...devTrack.album, id: undefined } }]), parseTrack),
    ).toThrow('items[1].album.id is missing');
  });

  it('throws when the page is not an object', () => {
    expect(() => parsePaging([devTrack], parseTrack)).toThrow('page is not an object');
  });
});

describe('parsePlaylist and parseSnapshot', () => {
  it('keeps what the app uses from a created playlist and drops a non-string link', () => {
    expect(
      parsePlaylist({
        id: 'p1',
        name: 'Mix',
        uri: 'spotify:playlist:p1',
        public: false,
        description: 'Top tracks',
        snapshot_id: 's1',
        owner: { id: 'u1' },
        external_urls: { spotify: 'https://open.spotify.com/playlist/p1' },
      }),
    ).toEqual({
      id: 'p1',
      name: 'Mix',
      uri: 'spotify:playlist:p1',
      public: false,
      description: 'Top tracks',
      snapshot_id: 's1',
      external_urls: { spotify: 'https://open.spotify.com/playlist/p1' },
    });
    expect(parsePlaylist({ id: 'p1', name: 'Mix', uri: 'u', external_urls: { spotify: 7 } }).external_urls).toEqual({});
  });

  it('rejects a playlist without an id and an answer without a snapshot', () => {
    expect(() => parsePlaylist({ name: 'Mix', uri: 'u' })).toThrow(/playlist.id/);
    expect(parseSnapshot({ snapshot_id: 's2' })).toEqual({ snapshot_id: 's2' });
    expect(() => parseSnapshot({})).toThrow(/snapshot_id/);
  });
});
