// Spotify Web API JSON for the fixture records: full objects, with the fields
// Spotify sends (https://developer.spotify.com/documentation/web-api/reference).
import type { AlbumRecord, ArtistRecord, Catalog, TrackRecord, UserRecord } from './fixtures';
import { imageObjects, type SpotifyImageJson } from './images';

export interface RenderContext {
  catalog: Catalog;
  /** Absolute API base, e.g. https://api.spotify.com/v1. */
  api: string;
  /** Absolute images base. */
  images: string;
}

type Json = Record<string, unknown>;

const openUrl = (type: string, id: string) => `https://open.spotify.com/${type}/${id}`;

export function simplifiedArtistJson(artist: ArtistRecord, ctx: RenderContext): Json {
  return {
    external_urls: { spotify: artist.externalUrl ?? openUrl('artist', artist.id) },
    href: `${ctx.api}/artists/${artist.id}`,
    id: artist.id,
    name: artist.name,
    type: 'artist',
    uri: `spotify:artist:${artist.id}`,
  };
}

export function artistJson(artist: ArtistRecord, ctx: RenderContext): Json {
  return {
    external_urls: { spotify: artist.externalUrl ?? openUrl('artist', artist.id) },
    followers: { href: null, total: artist.followers },
    genres: [...artist.genres],
    href: `${ctx.api}/artists/${artist.id}`,
    id: artist.id,
    images: imageObjects('artist', artist.id, ctx.images),
    name: artist.name,
    popularity: artist.popularity,
    type: 'artist',
    uri: `spotify:artist:${artist.id}`,
  };
}

function artistsJson(ids: readonly string[], ctx: RenderContext): Json[] {
  return ids.map((id) => simplifiedArtistJson(ctx.catalog.artists.get(id)!, ctx));
}

export function albumJson(album: AlbumRecord, ctx: RenderContext): Json {
  const images: SpotifyImageJson[] = album.imageUrl
    ? [{ url: album.imageUrl, height: 640, width: 640 }]
    : imageObjects('album', album.id, ctx.images);
  return {
    album_type: album.albumType,
    total_tracks: album.totalTracks,
    available_markets: [...album.markets],
    external_urls: { spotify: album.externalUrl ?? openUrl('album', album.id) },
    href: `${ctx.api}/albums/${album.id}`,
    id: album.id,
    images,
    name: album.name,
    release_date: album.releaseDate,
    release_date_precision: album.releaseDatePrecision,
    type: 'album',
    uri: `spotify:album:${album.id}`,
    artists: artistsJson(album.artistIds, ctx),
    album_group: album.albumType,
    label: album.label,
    popularity: album.popularity,
  };
}

export function trackJson(track: TrackRecord, ctx: RenderContext): Json {
  const album = ctx.catalog.albums.get(track.albumId)!;
  return {
    album: albumJson(album, ctx),
    artists: artistsJson(track.artistIds, ctx),
    available_markets: [...album.markets],
    disc_number: track.discNumber,
    duration_ms: track.durationMs,
    explicit: track.explicit,
    external_ids: { isrc: track.isrc },
    external_urls: { spotify: track.externalUrl ?? openUrl('track', track.id) },
    href: `${ctx.api}/tracks/${track.id}`,
    id: track.id,
    is_local: false,
    name: track.name,
    popularity: track.popularity,
    // Deprecated: Spotify sends null for apps created since late 2024.
    preview_url: null,
    track_number: track.trackNumber,
    type: 'track',
    uri: `spotify:track:${track.id}`,
  };
}

export function userJson(user: UserRecord, ctx: RenderContext): Json {
  return {
    account_id: user.accountId,
    country: user.country,
    display_name: user.displayName,
    email: user.email,
    explicit_content: { filter_enabled: false, filter_locked: false },
    external_urls: { spotify: `https://open.spotify.com/user/${user.id}` },
    followers: { href: null, total: user.followers },
    href: `${ctx.api}/users/${user.id}`,
    id: user.id,
    images: imageObjects('user', user.id, ctx.images),
    product: user.product,
    type: 'user',
    uri: `spotify:user:${user.id}`,
  };
}
