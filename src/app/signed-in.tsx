// Everything that needs TanStack Query, in one lazy chunk: the signed-out landing page
// loads none of it. The router reaches this module only through import().
import { QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useNavigate } from 'react-router';
import { signOut } from '../auth/session';
import { readSession } from '../auth/token-store';
import { UserBadge } from '../features/profile/user-badge';
import { profileQueries } from '../features/profile/queries';
import { artistQueries } from '../spotify/artist-queries';
import { rangeFromSearch } from '../spotify/time-range';
import { topItemsQueries } from '../spotify/top-items-queries';
import type { TimeRange, TopItemType } from '../spotify/types';
import { createQueryClient } from './query-client';
import { RequireSession } from './require-session';

export const queryClient = createQueryClient();

/** The signed-in pages: the query cache, and the sign-in screen in place of a page when signed out. */
export function SignedInLayout() {
  return (
    <QueryClientProvider client={queryClient}>
      <RequireSession />
    </QueryClientProvider>
  );
}

/** The header's account area: who is signed in, and signing out. */
export function AccountMenu({ canSignOut }: { canSignOut: boolean }) {
  const navigate = useNavigate();
  return (
    <QueryClientProvider client={queryClient}>
      <UserBadge />
      {canSignOut ? (
        <button
          type="button"
          className="button subtle"
          onClick={() => {
            signOut();
            queryClient.clear();
            void navigate('/');
          }}
        >
          Sign out
        </button>
      ) : null}
    </QueryClientProvider>
  );
}

// Loaders start the data requests as navigation begins, in parallel with the route's
// code; they don't wait for them, so each view shows its own loading state.
// Only a query the cache has never asked is started: one already under way, cached, or
// failed (a 403 stays a 403) belongs to its view, which refetches stale data and retries.
function untried(queryKey: QueryKey): boolean {
  return queryClient.getQueryState(queryKey) === undefined;
}

export function prefetchTopItems(type: TopItemType, range: TimeRange): void {
  const options = topItemsQueries.list(type, range);
  if (untried(options.queryKey)) void queryClient.prefetchInfiniteQuery(options);
}

function prefetchMe(): void {
  if (untried(profileQueries.me().queryKey)) void queryClient.prefetchQuery(profileQueries.me());
}

export function topItemsLoader(type: TopItemType) {
  return ({ request }: LoaderFunctionArgs) => {
    if (readSession()) {
      prefetchMe();
      prefetchTopItems(type, rangeFromSearch(new URL(request.url).searchParams));
    }
    return null;
  };
}

export function artistLoader({ params }: LoaderFunctionArgs) {
  if (readSession() && params.id) {
    prefetchMe();
    const artist = artistQueries.detail(params.id);
    if (untried(artist.queryKey)) void queryClient.prefetchQuery(artist);
  }
  return null;
}

const TOP_PAGES: Record<string, TopItemType> = { '/tracks': 'tracks', '/artists': 'artists' };

/**
 * Right after the code exchange: a fresh cache (nothing of a previous user survives), and
 * the requests of the page the user lands on, all at once, while the redirect happens.
 */
export function startSignedIn(returnTo: string): void {
  queryClient.clear();
  const url = new URL(returnTo, 'http://app');
  void queryClient.prefetchQuery(profileQueries.me());
  const type = TOP_PAGES[url.pathname];
  if (type) void queryClient.prefetchInfiniteQuery(topItemsQueries.list(type, rangeFromSearch(url.searchParams)));
  const artist = /^\/artist\/([^/]+)$/.exec(url.pathname)?.[1];
  if (artist) void queryClient.prefetchQuery(artistQueries.detail(decodeURIComponent(artist)));
}

export function clearQueryCache(): void {
  queryClient.clear();
}
