// The Web API at the HTTP boundary, for view tests: an msw server answering the app's real
// requests, Spotify-shaped objects to answer with, and a view rendered with a fresh query cache
// and a router on the URL it shows.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { writeSession } from '../auth/token-store';
import { config } from '../config';
import { testSession } from './session';

export { http, HttpResponse };

/** A Web API URL as the client requests it (`api('/me/top/tracks')`). */
export function api(path: string): string {
  return `${config.apiUrl}${path}`;
}

/**
 * An msw server for the file's tests, signed in: every request that reaches the network must
 * have a handler (an unexpected one fails the test), and handlers reset after each test.
 */
export function serveSpotifyApi() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => writeSession(testSession()));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** Spotify's error body (`{ error: { status, message } }`). */
export function apiError(status: number, message: string) {
  return HttpResponse.json({ error: { status, message } }, { status });
}

const image = (id: string) => [{ url: `https://i.scdn.co/image/${id}`, width: 300, height: 300 }];

export function artist(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `artist-${n}`,
    name: `Artist ${n}`,
    uri: `spotify:artist:artist-${n}`,
    external_urls: { spotify: `https://open.spotify.com/artist/artist-${n}` },
    images: image(`artist-${n}`),
    genres: [`genre ${n}`],
    ...extra,
  };
}

export function track(n: number, { by = 1, year = 2020 }: { by?: number; year?: number } = {}) {
  const { id, name, uri, external_urls } = artist(by);
  return {
    id: `track-${n}`,
    name: `Track ${n}`,
    uri: `spotify:track:track-${n}`,
    duration_ms: 200_000 + n * 1000,
    external_urls: { spotify: `https://open.spotify.com/track/track-${n}` },
    album: {
      id: `album-${n}`,
      name: `Album ${n}`,
      uri: `spotify:album:album-${n}`,
      images: image(`album-${n}`),
      external_urls: { spotify: `https://open.spotify.com/album/album-${n}` },
      artists: [{ id, name, uri, external_urls }],
      release_date: `${year}-05-01`,
      release_date_precision: 'day',
    },
    artists: [{ id, name, uri, external_urls }],
  };
}

/** One page of a list of `total`, starting at `offset`, as `GET /me/top/{type}` answers. */
export function page<T>(items: T[], { offset = 0, total = items.length }: { offset?: number; total?: number } = {}) {
  // The app pages by offset; of `next` it only reads whether there is one.
  const next = offset + items.length < total ? api(`/me/top/items?offset=${offset + items.length}`) : null;
  return { href: '', items, limit: 50, offset, total, next, previous: null };
}

/**
 * Renders `view` at `url` (matched by `path`) with a fresh QueryClient. It does not retry, so
 * an error shows at once; when the app retries is query-client.ts's and its tests' business.
 */
export function renderView(view: ReactElement, { url, path = url.split('?')[0]! }: { url: string; path?: string }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path, element: view }], { initialEntries: [url] });
  return {
    queryClient,
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  };
}
