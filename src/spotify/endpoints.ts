// The Web API endpoints Heavy Rotation uses.
// https://developer.spotify.com/documentation/web-api/reference
import { spotifyGet, spotifyPost } from './client';
import { parseArtist, parseCurrentUser, parsePaging, parsePlaylist, parseSnapshot, parseTrack } from './parse';
import type {
  Artist,
  CurrentUser,
  Paging,
  Playlist,
  PlaylistSnapshot,
  TimeRange,
  TopItemByType,
  TopItemType,
} from './types';

/** Spotify's largest page for top items. */
export const TOP_ITEMS_PAGE_LIMIT = 50;

export function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser> {
  return spotifyGet('/me', { signal, parse: parseCurrentUser });
}

export function getUsersTopItems<T extends TopItemType>(
  params: { type: T; timeRange: TimeRange; limit?: number; offset?: number },
  signal?: AbortSignal,
): Promise<Paging<TopItemByType[T]>> {
  const limit = Math.min(Math.max(params.limit ?? TOP_ITEMS_PAGE_LIMIT, 1), TOP_ITEMS_PAGE_LIMIT);
  const parseItem = (params.type === 'tracks' ? parseTrack : parseArtist) as (
    v: unknown,
    p: string,
  ) => TopItemByType[T];
  return spotifyGet(`/me/top/${params.type}`, {
    signal,
    query: { time_range: params.timeRange, limit, offset: params.offset ?? 0 },
    parse: (json) => parsePaging(json, parseItem),
  });
}

export function getArtist(id: string, signal?: AbortSignal): Promise<Artist> {
  return spotifyGet(`/artists/${encodeURIComponent(id)}`, { signal, parse: (json) => parseArtist(json) });
}

/**
 * Every top item for a range, continuing after the `loaded` ones (the pages a list already shows),
 * so an export or a playlist holds the whole list without refetching what is on screen.
 */
export async function getAllTopItems<T extends TopItemType>(
  params: { type: T; timeRange: TimeRange; loaded?: readonly TopItemByType[T][] },
  signal?: AbortSignal,
): Promise<TopItemByType[T][]> {
  const items = [...(params.loaded ?? [])];
  for (;;) {
    const page = await getUsersTopItems(
      { type: params.type, timeRange: params.timeRange, offset: items.length },
      signal,
    );
    items.push(...page.items);
    if (!page.next || page.items.length === 0 || items.length >= page.total) return items;
  }
}

/** Spotify's most items per add-items request. */
export const PLAYLIST_ITEMS_PER_REQUEST = 100;

/** A playlist owned by the current user; needs playlist-modify-private (or -public for a public one). */
export function createPlaylist(
  params: { name: string; description?: string; public: boolean },
  signal?: AbortSignal,
): Promise<Playlist> {
  return spotifyPost('/me/playlists', { signal, body: params, parse: parsePlaylist });
}

/** Appends up to 100 items (track or episode URIs), in order. */
export function addItemsToPlaylist(
  playlistId: string,
  uris: readonly string[],
  signal?: AbortSignal,
): Promise<PlaylistSnapshot> {
  if (uris.length === 0 || uris.length > PLAYLIST_ITEMS_PER_REQUEST) {
    throw new RangeError(`Add 1 to ${PLAYLIST_ITEMS_PER_REQUEST} items at a time, not ${uris.length}.`);
  }
  return spotifyPost(`/playlists/${encodeURIComponent(playlistId)}/items`, {
    signal,
    body: { uris },
    parse: parseSnapshot,
  });
}
