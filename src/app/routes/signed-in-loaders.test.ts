import { type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../../auth/token-store';
import { profileQueries } from '../../features/profile/queries';
import { topItemsQueries } from '../../spotify/top-items-queries';
import { testSession } from '../../test/session';
import { described, stubSpotifyApi, type ApiRequest } from '../../test/spotify-fetch';
import { createQueryClient } from '../signed-in/query-client';
import { insightsLoader } from './insights-route';
import { artistLoader, topItemsLoader } from './signed-in-loaders';

let queryClient: QueryClient;
let sent: ApiRequest[];

beforeEach(() => {
  queryClient = createQueryClient();
  sent = stubSpotifyApi();
  writeSession(testSession());
});

afterEach(async () => {
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
  queryClient.clear();
});

const args = (path: string, params: Record<string, string> = {}) => ({
  request: new Request(new URL(path, 'http://app.invalid')),
  params,
});

/** The loader returns at once; the requests it started arrive a moment later. */
async function requestsAfter(load: () => unknown, count: number): Promise<string[]> {
  expect(load()).toBeNull();
  await vi.waitFor(() => expect(sent).toHaveLength(count));
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return described(sent);
}

describe('topItemsLoader', () => {
  it('asks for the user and the top list of the range in the address', async () => {
    const load = topItemsLoader(queryClient, 'artists');
    expect(await requestsAfter(() => load(args('/artists?range=long_term')), 2)).toEqual([
      '/me',
      '/me/top/artists?long_term',
    ]);
    expect(queryClient.getQueryData(topItemsQueries.list('artists', 'long_term').queryKey)).toBeDefined();
  });

  it('falls back to the default range when the address has none or a wrong one', async () => {
    const load = topItemsLoader(queryClient, 'tracks');
    expect(await requestsAfter(() => load(args('/tracks?range=forever')), 2)).toEqual([
      '/me',
      '/me/top/tracks?short_term',
    ]);
  });

  it('leaves a query the cache has already tried to its view', async () => {
    queryClient.setQueryData(profileQueries.me().queryKey, {
      id: 'listener',
      display_name: 'Listener',
      uri: 'spotify:user:listener',
      images: [],
      external_urls: { spotify: '' },
    });
    const load = topItemsLoader(queryClient, 'tracks');
    expect(await requestsAfter(() => load(args('/tracks')), 1)).toEqual(['/me/top/tracks?short_term']);
    // Asked again (the user comes back to the page): no query starts (a prefetch would, at once).
    expect(load(args('/tracks'))).toBeNull();
    expect(queryClient.isFetching()).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('sends nothing when signed out: the page shows the sign-in screen', async () => {
    sessionStorage.clear();
    expect(topItemsLoader(queryClient, 'tracks')(args('/tracks'))).toBeNull();
    // A prefetch puts its query in the cache at once: none is there, so none was sent.
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    expect(sent).toEqual([]);
  });
});

describe('artistLoader', () => {
  it('asks for the user and the artist of the address', async () => {
    const load = artistLoader(queryClient);
    expect(
      await requestsAfter(() => load(args('/artist/4Z8W4fKeB5YxbusRsdQVPb', { id: '4Z8W4fKeB5YxbusRsdQVPb' })), 2),
    ).toEqual(['/me', '/artists/4Z8W4fKeB5YxbusRsdQVPb']);
  });
});

describe('insightsLoader', () => {
  it('asks for both top lists of the range, which the charts draw', async () => {
    const load = insightsLoader(queryClient);
    expect(await requestsAfter(() => load(args('/insights?range=medium_term')), 2)).toEqual([
      '/me/top/tracks?medium_term',
      '/me/top/artists?medium_term',
    ]);
  });
});
