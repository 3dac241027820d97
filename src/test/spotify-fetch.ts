import type { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createQueryClient } from '../app/signed-in/query-client';
import { writeSession } from '../auth/token-store';
import { config } from '../config';
import { testSession } from './session';

/** A Web API request as sent: the path below the API's base, and its query. */
export interface ApiRequest {
  path: string;
  query: URLSearchParams;
}

const emptyPage = { items: [], total: 0, limit: 50, offset: 0, next: null, previous: null, href: '' };

/**
 * Stubs fetch at the network boundary with a small Spotify: /me, a top list (empty) and
 * artists by id. Returns the API requests sent, in order.
 */
export function stubSpotifyApi(): ApiRequest[] {
  const sent: ApiRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      const path = url.href.slice(config.apiUrl.length).split('?')[0]!;
      sent.push({ path, query: url.searchParams });
      const body = path.startsWith('/me/top/')
        ? emptyPage
        : path === '/me'
          ? {
              id: 'listener',
              display_name: 'Listener',
              uri: 'spotify:user:listener',
              images: [],
              external_urls: { spotify: '' },
            }
          : { id: decodeURIComponent(path.split('/')[2] ?? ''), name: 'An artist', images: [], genres: [] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return sent;
}

/** The requests as `path?time_range` strings, easy to compare. */
export function described(sent: ApiRequest[]): string[] {
  return sent.map(({ path, query }) => (query.has('time_range') ? `${path}?${query.get('time_range')}` : path));
}

/**
 * For a file's tests: a fresh QueryClient with the app's defaults, fetch stubbed as above and
 * a stored session before each; after each, the cache is left settled and empty.
 */
export function signedInWithFreshCache(): { queryClient: QueryClient; sent: ApiRequest[] } {
  const state = {} as { queryClient: QueryClient; sent: ApiRequest[] };
  beforeEach(() => {
    state.queryClient = createQueryClient();
    state.sent = stubSpotifyApi();
    writeSession(testSession());
  });
  afterEach(async () => {
    await vi.waitFor(() => expect(state.queryClient.isFetching()).toBe(0));
    state.queryClient.clear();
  });
  return state;
}
