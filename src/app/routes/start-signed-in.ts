import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';
import { profileQueries } from '../../features/profile/queries';
import { prepareListFormats } from '../../i18n/format';
import { isRouteLoaderId, routeLoaders } from './signed-in-loaders';

/**
 * Right after the code exchange: a fresh cache (nothing of a previous user survives), and
 * the requests of the page the user lands on, all at once, while the redirect happens. Which
 * requests those are is the router's to say: the routes its own matching finds for `returnTo`
 * in `routes`, whose loaders (by route id, from this chunk) run now, before this returns, with
 * no wait for a route's lazy code; when the router runs them again they find them under way.
 */
export function startSignedIn(queryClient: QueryClient, routes: RouteObject[], returnTo: string): void {
  queryClient.clear();
  // Every page's header shows who is signed in.
  void queryClient.prefetchQuery(profileQueries.me());
  const url = new URL(returnTo, 'http://app.invalid');
  const request = new Request(url);
  for (const { route, params } of matchRoutes(routes, url.pathname) ?? []) {
    if (!isRouteLoaderId(route.id)) continue;
    try {
      routeLoaders[route.id](queryClient)({ request, params });
    } catch {
      // Its failure is the router's to report, when it runs this loader itself.
    }
  }
  // While the answers travel, the formats the first rows write: made now, not in their render.
  setTimeout(prepareListFormats, 0);
}
