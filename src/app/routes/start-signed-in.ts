import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type LoaderFunction, type RouteObject } from 'react-router';
import { profileQueries } from '../../features/profile/queries';

/**
 * Right after the code exchange: a fresh cache (nothing of a previous user survives), and
 * the requests of the page the user lands on, all at once, while the redirect happens. Which
 * requests those are is the router's to say: the loaders its own matching finds for
 * `returnTo` in `routes`, run now; when the router runs them again they find them under way.
 */
export async function startSignedIn(queryClient: QueryClient, routes: RouteObject[], returnTo: string): Promise<void> {
  queryClient.clear();
  // Every page's header shows who is signed in.
  void queryClient.prefetchQuery(profileQueries.me());
  const url = new URL(returnTo, 'http://app.invalid');
  const request = new Request(url);
  await Promise.all(
    (matchRoutes(routes, url.pathname) ?? []).map(async ({ route, params }) => {
      try {
        const loader = await loaderOf(route);
        // Its result (and any failure) is the router's to handle when it runs this loader itself.
        await loader?.({ request, url, params, pattern: route.path ?? '', context: undefined });
      } catch {
        // As above: the navigation that follows reports it.
      }
    }),
  );
}

async function loaderOf(route: RouteObject): Promise<LoaderFunction | undefined> {
  const loader = route.loader ?? (typeof route.lazy === 'object' ? await route.lazy.loader?.() : undefined);
  return typeof loader === 'function' ? loader : undefined;
}
