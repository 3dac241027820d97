import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type LoaderFunctionArgs, type MiddlewareFunction } from 'react-router';
import { clearSession, readDemoMode, readSession, writeDemoMode } from '../auth/token-store';
import { artistQueries } from '../features/artist/queries';
import { profileQueries } from '../features/profile/queries';
import { topItemsQueries } from '../features/top-items/queries';
import { parseRange } from '../features/top-items/time-range';
import type { TopItemType } from '../spotify/types';
import { accountLoader } from './account-route';
import { LandingPage } from './landing-page';
import { Layout } from './layout';
import { RequireSession } from './require-session';
import { NotFoundPage, RouteError } from './route-error';

// Loaders start the data requests as navigation begins, in parallel with the route's
// code; they don't wait for them, so each view shows its own loading state.
function topItemsLoader(queryClient: QueryClient, type: TopItemType) {
  return ({ request }: LoaderFunctionArgs) => {
    if (readSession()) {
      const range = parseRange(new URL(request.url).searchParams.get('range'));
      void queryClient.prefetchInfiniteQuery(topItemsQueries.list(type, range));
    }
    return null;
  };
}

// In demo mode the demo's service worker must be answering before any loader sends a
// request; middleware runs before every loader. The demo is a separate, lazy chunk.
const demoReady: MiddlewareFunction = async (_args, next) => {
  if (readDemoMode()) {
    try {
      await (await import('../demo/worker')).startDemo();
    } catch {
      // No service worker here (a private window, say): leave demo mode rather than get stuck in it.
      clearSession();
      writeDemoMode(false);
      throw redirect('/?demo=unavailable');
    }
  }
  return next();
};

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(
    [
      {
        element: <Layout />,
        errorElement: <RouteError />,
        middleware: [demoReady],
        loader: () => {
          if (readSession()) void queryClient.prefetchQuery(profileQueries.me());
          return null;
        },
        // Nothing the root loader does depends on the URL.
        shouldRevalidate: () => false,
        HydrateFallback: () => null,
        children: [
          {
            index: true,
            loader: () => (readSession() ? redirect('/tracks') : null),
            element: <LandingPage />,
          },
          { path: 'account', loader: accountLoader(queryClient) },
          {
            path: 'setup',
            lazy: { Component: async () => (await import('../features/setup/setup-page')).SetupPage },
          },
          {
            // The in-browser demo's consent page (see src/demo/consent-route.tsx).
            path: '__demo/accounts/authorize',
            lazy: {
              loader: async () => (await import('../demo/consent-route')).consentLoader,
              Component: async () => (await import('../demo/consent-route')).DemoConsentPage,
            },
          },
          {
            element: <RequireSession />,
            children: [
              {
                path: 'tracks',
                loader: topItemsLoader(queryClient, 'tracks'),
                lazy: { Component: async () => (await import('../features/top-items/routes')).TopTracksRoute },
              },
              {
                path: 'artists',
                loader: topItemsLoader(queryClient, 'artists'),
                lazy: { Component: async () => (await import('../features/top-items/routes')).TopArtistsRoute },
              },
              {
                path: 'artist/:id',
                loader: ({ params }) => {
                  if (readSession() && params.id) void queryClient.prefetchQuery(artistQueries.detail(params.id));
                  return null;
                },
                lazy: { Component: async () => (await import('../features/artist/artist-page')).ArtistPage },
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );
}
