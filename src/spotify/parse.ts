// Shape checks at the boundary: required fields must be there, optional fields are
// kept only when they have the right type. Unknown fields are dropped.
import type {
  Artist,
  CurrentUser,
  ExternalUrls,
  Paging,
  Playlist,
  PlaylistSnapshot,
  SimplifiedAlbum,
  SimplifiedArtist,
  SpotifyImage,
  Track,
} from './types';

type Json = Record<string, unknown>;

class ShapeError extends Error {
  override name = 'ShapeError';
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(`${path} is not an object`);
  return value as Json;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${path} is missing`);
  return value;
}

function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(`${path} is missing`);
  return value;
}

function array<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) throw new ShapeError(`${path} is not a list`);
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

/** Optional: the field when well-formed, otherwise undefined. */
function maybe<T>(check: (v: unknown, p: string) => T, value: unknown): T | undefined {
  if (value === undefined || value === null) return undefined;
  try {
    return check(value, '');
  } catch {
    return undefined;
  }
}

function nullableNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function images(value: unknown): SpotifyImage[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const image = maybe(object, v);
    const url = image && maybe(string, image.url);
    return url ? [{ url, width: nullableNumber(image.width), height: nullableNumber(image.height) }] : [];
  });
}

function externalUrls(value: unknown): ExternalUrls {
  const spotify = maybe(string, maybe(object, value)?.spotify);
  return spotify ? { spotify } : {};
}

function simplifiedArtist(value: unknown, path: string): SimplifiedArtist {
  const v = object(value, path);
  return {
    id: string(v.id, `${path}.id`),
    name: string(v.name, `${path}.name`),
    uri: string(v.uri, `${path}.uri`),
    external_urls: externalUrls(v.external_urls),
  };
}

export function parseArtist(value: unknown, path = 'artist'): Artist {
  const v = object(value, path);
  const followers = maybe(number, maybe(object, v.followers)?.total);
  const genres = maybe((g, p) => array(g, p, string), v.genres);
  const popularity = maybe(number, v.popularity);
  return {
    ...simplifiedArtist(v, path),
    images: images(v.images),
    ...(genres ? { genres } : {}),
    ...(followers !== undefined ? { followers: { total: followers } } : {}),
    ...(popularity !== undefined ? { popularity } : {}),
  };
}

function album(value: unknown, path: string): SimplifiedAlbum {
  const v = object(value, path);
  const precision = v.release_date_precision;
  const releaseDate = maybe(string, v.release_date);
  const albumType = maybe(string, v.album_type);
  return {
    id: string(v.id, `${path}.id`),
    name: string(v.name, `${path}.name`),
    uri: string(v.uri, `${path}.uri`),
    images: images(v.images),
    external_urls: externalUrls(v.external_urls),
    artists: maybe((a, p) => array(a, p, simplifiedArtist), v.artists) ?? [],
    ...(albumType ? { album_type: albumType } : {}),
    ...(releaseDate ? { release_date: releaseDate } : {}),
    ...(precision === 'year' || precision === 'month' || precision === 'day'
      ? { release_date_precision: precision }
      : {}),
  };
}

export function parseTrack(value: unknown, path = 'track'): Track {
  const v = object(value, path);
  const popularity = maybe(number, v.popularity);
  const isrc = maybe(string, maybe(object, v.external_ids)?.isrc);
  const trackNumber = maybe(number, v.track_number);
  return {
    id: string(v.id, `${path}.id`),
    name: string(v.name, `${path}.name`),
    uri: string(v.uri, `${path}.uri`),
    duration_ms: number(v.duration_ms, `${path}.duration_ms`),
    external_urls: externalUrls(v.external_urls),
    album: album(v.album, `${path}.album`),
    artists: array(v.artists, `${path}.artists`, simplifiedArtist),
    ...(typeof v.explicit === 'boolean' ? { explicit: v.explicit } : {}),
    ...(popularity !== undefined ? { popularity } : {}),
    ...(isrc ? { external_ids: { isrc } } : {}),
    ...(trackNumber !== undefined ? { track_number: trackNumber } : {}),
  };
}

export function parsePaging<T>(value: unknown, item: (v: unknown, p: string) => T): Paging<T> {
  const v = object(value, 'page');
  return {
    href: maybe(string, v.href) ?? '',
    items: array(v.items, 'items', item),
    limit: number(v.limit, 'limit'),
    offset: number(v.offset, 'offset'),
    total: number(v.total, 'total'),
    next: maybe(string, v.next) ?? null,
    previous: maybe(string, v.previous) ?? null,
  };
}

export function parseCurrentUser(value: unknown): CurrentUser {
  const v = object(value, 'user');
  const optionalText = (key: string) => {
    const text = maybe(string, v[key]);
    return text ? { [key]: text } : {};
  };
  const followers = maybe(number, maybe(object, v.followers)?.total);
  return {
    id: string(v.id, 'user.id'),
    display_name: maybe(string, v.display_name) ?? null,
    uri: string(v.uri, 'user.uri'),
    images: images(v.images),
    external_urls: externalUrls(v.external_urls),
    ...optionalText('account_id'),
    ...optionalText('country'),
    ...optionalText('email'),
    ...optionalText('product'),
    ...(followers !== undefined ? { followers: { total: followers } } : {}),
  };
}

export function parsePlaylist(value: unknown): Playlist {
  const v = object(value, 'playlist');
  const description = maybe(string, v.description);
  const snapshot = maybe(string, v.snapshot_id);
  return {
    id: string(v.id, 'playlist.id'),
    name: string(v.name, 'playlist.name'),
    uri: string(v.uri, 'playlist.uri'),
    external_urls: externalUrls(v.external_urls),
    ...(typeof v.public === 'boolean' ? { public: v.public } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(snapshot ? { snapshot_id: snapshot } : {}),
  };
}

export function parseSnapshot(value: unknown): PlaylistSnapshot {
  return { snapshot_id: string(object(value, 'answer').snapshot_id, 'snapshot_id') };
}
