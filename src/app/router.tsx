import {
  createBrowserRouter,
  redirect,
  useSearchParams,
  type MiddlewareFunction,
  type RouteObject,
} from 'react-router';
import { clearSession, readDemoMode, readSession, writeDemoMode } from '../auth/token-store';
import { accountLoader } from './account-route';
import { LandingPage } from './landing-page';
import { Layout } from './layout';
import { NotFoundPage, RouteError } from './route-error';

// Signed-in pages take their loaders and the query cache from one lazy chunk
// (./signed-in), and their views from one chunk each: the landing page needs neither.
const signedIn = () => import('./signed-in');

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

function createRoutes(): RouteObject[] {
  return [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      middleware: [demoReady],
      HydrateFallback: () => null,
      children: [
        {
          index: true,
          loader: () => (readSession() ? redirect('/tracks') : null),
          element: <LandingRoute />,
        },
        { path: 'account', loader: accountLoader },
        {
          path: 'setup',
          lazy: { Component: async () => (await import('../features/setup/setup-page')).SetupPage },
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
            loader: async () => (await import('../demo/consent-route')).consentLoader,
            Component: async () => (await import('../demo/consent-route')).DemoConsentPage,
          },
        },
        {
          lazy: { Component: async () => (await signedIn()).SignedInLayout },
          children: [
            {
              path: 'tracks',
              lazy: {
                loader: async () => (await signedIn()).topItemsLoader('tracks'),
                Component: async () => (await import('./top-list-routes')).TopTracksRoute,
              },
            },
            {
              path: 'artists',
              lazy: {
                loader: async () => (await signedIn()).topItemsLoader('artists'),
                Component: async () => (await import('./top-list-routes')).TopArtistsRoute,
              },
            },
            {
              path: 'history',
              lazy: { Component: async () => (await import('./history-route')).HistoryRoute },
            },
            {
              path: 'insights',
              lazy: {
                loader: async () => (await import('./insights-route')).insightsLoader,
                Component: async () => (await import('./insights-route')).InsightsRoute,
              },
            },
            {
              path: 'artist/:id',
              lazy: {
                loader: async () => (await signedIn()).artistLoader,
                Component: async () => (await import('./artist-route')).ArtistRoute,
              },
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createRouter() {
  return createBrowserRouter(createRoutes(), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}

function LandingRoute() {
  const [params] = useSearchParams();
  return <LandingPage params={params} />;
}
