// Spotify Web API objects as Heavy Rotation reads them.
// Every field that Spotify may omit (development mode strips several, and some are
// deprecated) is optional, and the UI must cope with its absence.
// https://developer.spotify.com/documentation/web-api/reference

export type TimeRange = 'short_term' | 'medium_term' | 'long_term';
export const TIME_RANGES: readonly TimeRange[] = ['short_term', 'medium_term', 'long_term'];

export type TopItemType = 'tracks' | 'artists';

export interface SpotifyImage {
  url: string;
  height: number | null;
  width: number | null;
}

export interface ExternalUrls {
  spotify?: string;
}

export interface Followers {
  total: number;
}

export interface SimplifiedArtist {
  id: string;
  name: string;
  uri: string;
  external_urls: ExternalUrls;
}

export interface Artist extends SimplifiedArtist {
  images: SpotifyImage[];
  genres?: string[];
  followers?: Followers;
  popularity?: number;
}

export interface SimplifiedAlbum {
  id: string;
  name: string;
  uri: string;
  album_type?: string;
  release_date?: string;
  release_date_precision?: 'year' | 'month' | 'day';
  images: SpotifyImage[];
  external_urls: ExternalUrls;
  artists: SimplifiedArtist[];
}

export interface Track {
  id: string;
  name: string;
  uri: string;
  duration_ms: number;
  explicit?: boolean;
  popularity?: number;
  preview_url?: string | null;
  track_number?: number;
  external_ids?: { isrc?: string };
  external_urls: ExternalUrls;
  album: SimplifiedAlbum;
  artists: SimplifiedArtist[];
}

export interface CurrentUser {
  id: string;
  /** Stable pseudonymous id (since May 2026); prefer it for keying local data. */
  account_id?: string;
  display_name: string | null;
  uri: string;
  images: SpotifyImage[];
  external_urls: ExternalUrls;
  country?: string;
  email?: string;
  product?: string;
  followers?: Followers;
}

export interface Paging<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

export interface TopItemByType {
  tracks: Track;
  artists: Artist;
}

/** A playlist as Heavy Rotation reads it back after creating one. */
export interface Playlist {
  id: string;
  name: string;
  uri: string;
  external_urls: ExternalUrls;
  public?: boolean;
  description?: string | null;
  snapshot_id?: string;
}

/** The answer to adding items: the playlist's new version. */
export interface PlaylistSnapshot {
  snapshot_id: string;
}
