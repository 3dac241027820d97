import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import {
  createBrowserRouter,
  redirect,
  useSearchParams,
  type MiddlewareFunction,
  type RouteObject,
} from 'react-router';
import { localePrefix } from '../../i18n/i18n';
import { clearSession, readDemoMode, readSession, writeDemoMode } from '../../auth/token-store';
import { accountLoader } from './account-route';
import { LandingPage } from './landing-page';
import { Layout } from '../shell/layout';
import { NotFoundPage, RouteError } from '../shell/route-error';
import { loadSignedIn } from '../signed-in/signed-in-chunk';
import type { RouteLoaderId } from './signed-in-loaders';

// In demo mode the demo's service worker must be answering before any loader sends a
// request; middleware runs before every loader. The demo is a separate, lazy chunk.
const demoReady: MiddlewareFunction = async (_args, next) => {
  if (readDemoMode()) {
    try {
      await (await import('../../demo/worker')).startDemo();
    } catch {
      // No service worker here (a private window, say): leave demo mode rather than get stuck in it.
      clearSession();
      writeDemoMode(false);
      throw redirect('/?demo=unavailable');
    }
  }
  return next();
};

/** The app's query cache, in the signed-in chunk. */
const appQueryClient = async () => (await loadSignedIn()).queryClient;

/**
 * The route table. Signed-in pages take their loaders and the query cache from one lazy chunk
 * (signed-in.ts), each loader by the route's `id`, and their views from one chunk each: the
 * landing page needs neither. The loaders fill `queryClient`: the app's own, or a test's.
 */
export function createRoutes(queryClient: () => Promise<QueryClient> = appQueryClient): RouteObject[] {
  // A signed-in page with a loader: its id names the loader in the chunk, which fills `queryClient`.
  const signedInRoute = (id: RouteLoaderId, path: string, Component: () => Promise<ComponentType>): RouteObject => ({
    id,
    path,
    lazy: {
      loader: async () => {
        const [chunk, client] = await Promise.all([loadSignedIn(), queryClient()]);
        return chunk.routeLoaders[id](client);
      },
      Component,
    },
  });
  const routes: RouteObject[] = [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      middleware: [demoReady],
      // Signed in, every page's header shows the account menu and sits in the query cache's
      // provider (layout.tsx): the signed-in chunk comes first, on /setup and 404s as well.
      loader: async () => {
        if (readSession()) await loadSignedIn();
        return null;
      },
      HydrateFallback: () => null,
      children: [
        {
          index: true,
          loader: () => (readSession() ? redirect('/tracks') : null),
          element: <LandingRoute />,
        },
        { path: 'account', loader: accountLoader(queryClient, () => routes) },
        {
          path: 'setup',
          lazy: { Component: async () => (await import('../../features/setup/setup-page')).SetupPage },
        },
        {
          // Signed out too, and with no client ID: the data export needs neither.
          path: 'import',
          lazy: {
            loader: async () => (await import('./import-route')).importLoader,
            Component: async () => (await import('./import-route')).ImportRoute,
          },
        },
        {
          // The in-browser demo's consent page (see src/demo/consent-route.tsx).
          path: '__demo/accounts/authorize',
          lazy: {
            loader: async () => (await import('../../demo/consent-route')).consentLoader,
            Component: async () => (await import('../../demo/consent-route')).DemoConsentPage,
          },
        },
        {
          lazy: { Component: async () => (await loadSignedIn()).RequireSession },
          children: [
            signedInRoute('tracks', 'tracks', async () => (await import('./top-list-routes')).TopTracksRoute),
            signedInRoute('artists', 'artists', async () => (await import('./top-list-routes')).TopArtistsRoute),
            {
              path: 'history',
              lazy: { Component: async () => (await import('./history-route')).HistoryRoute },
            },
            signedInRoute('insights', 'insights', async () => (await import('./insights-route')).InsightsRoute),
            signedInRoute('artist', 'artist/:id', async () => (await import('./artist-route')).ArtistRoute),
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
  return routes;
}

export function createRouter() {
  // Each language's pages live below its segment (`/de/tracks`): the router works inside it.
  const basename = `${import.meta.env.BASE_URL}${localePrefix()}`.replace(/\/$/, '') || '/';
  return createBrowserRouter(createRoutes(), { basename });
}

function LandingRoute() {
  const [params] = useSearchParams();
  return <LandingPage params={params} />;
}
