// The Web API endpoints Heavy Rotation uses.
// https://developer.spotify.com/documentation/web-api/reference
import { spotifyGet } from './client';
import { parseArtist, parseCurrentUser, parsePaging, parseTrack } from './parse';
import type { Artist, CurrentUser, Paging, TimeRange, TopItemByType, TopItemType } from './types';

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
