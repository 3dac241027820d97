// The signed-in pages' loaders, each a function of the QueryClient it fills (as in TanStack
// Query's React Router example), so a test can hand it a fresh one. They start the data
// requests as navigation begins, in parallel with the route's code, and don't wait for them:
// each view shows its own loading state. They sit in this chunk, not beside their views, so
// the callback can run them the moment the token is in, without waiting for a view's code.
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { readSession } from '../../auth/token-store';
import { profileQueries } from '../../features/profile/queries';
import { artistQueries } from '../../spotify/artist-queries';
import { rangeFromSearch } from '../../spotify/time-range';
import { topItemsQueries } from '../../spotify/top-items-queries';
import type { TopItemType } from '../../spotify/types';

/** What these loaders read of the router's arguments. */
export type PrefetchArgs = Pick<LoaderFunctionArgs, 'request' | 'params'>;

// Only a query the cache has never asked is started: one already under way, cached, or
// failed (a 403 stays a 403) belongs to its view, which refetches stale data and retries.
function untried(queryClient: QueryClient, queryKey: QueryKey): boolean {
  return queryClient.getQueryState(queryKey) === undefined;
}

function prefetchMe(queryClient: QueryClient): void {
  const me = profileQueries.me();
  if (untried(queryClient, me.queryKey)) void queryClient.prefetchQuery(me);
}

/** The top list of `type` for the range in the request's address. */
export function prefetchTopItems(queryClient: QueryClient, type: TopItemType, request: Request): void {
  const list = topItemsQueries.list(type, rangeFromSearch(new URL(request.url).searchParams));
  if (untried(queryClient, list.queryKey)) void queryClient.prefetchInfiniteQuery(list);
}

export const topItemsLoader =
  (queryClient: QueryClient, type: TopItemType) =>
  ({ request }: PrefetchArgs) => {
    if (readSession()) {
      prefetchMe(queryClient);
      prefetchTopItems(queryClient, type, request);
    }
    return null;
  };

export const artistLoader =
  (queryClient: QueryClient) =>
  ({ params }: PrefetchArgs) => {
    if (readSession() && params.id) {
      prefetchMe(queryClient);
      const artist = artistQueries.detail(params.id);
      if (untried(queryClient, artist.queryKey)) void queryClient.prefetchQuery(artist);
    }
    return null;
  };

/** The charts draw both top lists of the range. */
export const insightsLoader =
  (queryClient: QueryClient) =>
  ({ request }: PrefetchArgs) => {
    if (readSession()) {
      prefetchTopItems(queryClient, 'tracks', request);
      prefetchTopItems(queryClient, 'artists', request);
    }
    return null;
  };

/**
 * Every signed-in route's loader, by the route's `id` in the route table (router.tsx): the
 * router takes its loaders from here, and so does the callback (start-signed-in.ts), through
 * the router's own matching, at once.
 */
export const routeLoaders = {
  tracks: (queryClient: QueryClient) => topItemsLoader(queryClient, 'tracks'),
  artists: (queryClient: QueryClient) => topItemsLoader(queryClient, 'artists'),
  insights: insightsLoader,
  artist: artistLoader,
} satisfies Record<string, (queryClient: QueryClient) => (args: PrefetchArgs) => null>;

export type RouteLoaderId = keyof typeof routeLoaders;

export function isRouteLoaderId(id: string | undefined): id is RouteLoaderId {
  return id !== undefined && Object.hasOwn(routeLoaders, id);
}
