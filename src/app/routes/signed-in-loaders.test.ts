import { describe, expect, it, vi } from 'vitest';
import { profileQueries } from '../../features/profile/queries';
import { topItemsQueries } from '../../spotify/top-items-queries';
import { described, signedInWithFreshCache } from '../../test/spotify-fetch';
import { artistLoader, insightsLoader, topItemsLoader } from './signed-in-loaders';

const cache = signedInWithFreshCache();

const args = (path: string, params: Record<string, string> = {}) => ({
  request: new Request(new URL(path, 'http://app.invalid')),
  params,
});

/** The loader returns at once; the requests it started arrive a moment later. */
async function requestsAfter(load: () => unknown, count: number): Promise<string[]> {
  expect(load()).toBeNull();
  await vi.waitFor(() => expect(cache.sent).toHaveLength(count));
  await vi.waitFor(() => expect(cache.queryClient.isFetching()).toBe(0));
  return described(cache.sent);
}

describe('topItemsLoader', () => {
  it('asks for the user and the top list of the range in the address', async () => {
    const load = topItemsLoader(cache.queryClient, 'artists');
    expect(await requestsAfter(() => load(args('/artists?range=long_term')), 2)).toEqual([
      '/me',
      '/me/top/artists?long_term',
    ]);
    expect(cache.queryClient.getQueryData(topItemsQueries.list('artists', 'long_term').queryKey)).toBeDefined();
  });

  it('falls back to the default range when the address has none or a wrong one', async () => {
    const load = topItemsLoader(cache.queryClient, 'tracks');
    expect(await requestsAfter(() => load(args('/tracks?range=forever')), 2)).toEqual([
      '/me',
      '/me/top/tracks?short_term',
    ]);
  });

  it('leaves a query the cache has already tried to its view', async () => {
    cache.queryClient.setQueryData(profileQueries.me().queryKey, {
      id: 'listener',
      display_name: 'Listener',
      uri: 'spotify:user:listener',
      images: [],
      external_urls: { spotify: '' },
    });
    const load = topItemsLoader(cache.queryClient, 'tracks');
    expect(await requestsAfter(() => load(args('/tracks')), 1)).toEqual(['/me/top/tracks?short_term']);
    // Asked again (the user comes back to the page): no query starts (a prefetch would, at once).
    expect(load(args('/tracks'))).toBeNull();
    expect(cache.queryClient.isFetching()).toBe(0);
    expect(cache.sent).toHaveLength(1);
  });

  it('sends nothing when signed out: the page shows the sign-in screen', async () => {
    sessionStorage.clear();
    expect(topItemsLoader(cache.queryClient, 'tracks')(args('/tracks'))).toBeNull();
    // A prefetch puts its query in the cache at once: none is there, so none was cache.sent.
    expect(cache.queryClient.getQueryCache().getAll()).toEqual([]);
    expect(cache.sent).toEqual([]);
  });
});

describe('artistLoader', () => {
  it('asks for the user and the artist of the address', async () => {
    const load = artistLoader(cache.queryClient);
    expect(
      await requestsAfter(() => load(args('/artist/4Z8W4fKeB5YxbusRsdQVPb', { id: '4Z8W4fKeB5YxbusRsdQVPb' })), 2),
    ).toEqual(['/me', '/artists/4Z8W4fKeB5YxbusRsdQVPb']);
  });
});

describe('insightsLoader', () => {
  it('asks for both top lists of the range, which the charts draw', async () => {
    const load = insightsLoader(cache.queryClient);
    expect(await requestsAfter(() => load(args('/insights?range=medium_term')), 2)).toEqual([
      '/me/top/tracks?medium_term',
      '/me/top/artists?medium_term',
    ]);
  });
});
