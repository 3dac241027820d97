import { describe, expect, it, vi } from 'vitest';
import { profileQueries } from '../../features/profile/queries';
import { topItemsQueries } from '../../spotify/top-items-queries';
import { described, signedInWithFreshCache } from '../../test/spotify-fetch';
import { createRoutes } from './router';
import { startSignedIn } from './start-signed-in';

const cache = signedInWithFreshCache();

/** startSignedIn with the app's real route table, its loaders filling this test's cache. */
async function landOn(returnTo: string): Promise<string[]> {
  startSignedIn(
    cache.queryClient,
    createRoutes(async () => cache.queryClient),
    returnTo,
  );
  await vi.waitFor(() => expect(cache.queryClient.isFetching()).toBe(0));
  return described(cache.sent).sort();
}

describe('startSignedIn', () => {
  it('empties the cache: nothing of a previous user survives', async () => {
    cache.queryClient.setQueryData(['artist', 'previous-users-artist'], { id: 'previous-users-artist' });
    await landOn('/history');
    expect(cache.queryClient.getQueryData(['artist', 'previous-users-artist'])).toBeUndefined();
  });

  it('has every request under way when it returns: no wait for a route’s code', () => {
    // The insights page's own module is lazy; its loader is not.
    startSignedIn(
      cache.queryClient,
      createRoutes(async () => cache.queryClient),
      '/insights?range=long_term',
    );
    const fetching = (queryKey: readonly unknown[]) => cache.queryClient.getQueryState(queryKey)?.fetchStatus;
    expect(fetching(profileQueries.me().queryKey)).toBe('fetching');
    expect(fetching(topItemsQueries.list('tracks', 'long_term').queryKey)).toBe('fetching');
    expect(fetching(topItemsQueries.list('artists', 'long_term').queryKey)).toBe('fetching');
  });

  it('sends a top list page’s requests, for the range in its address', async () => {
    expect(await landOn('/artists?range=long_term')).toEqual(['/me', '/me/top/artists?long_term']);
  });

  it('sends an artist page’s requests, for the artist the router matched', async () => {
    expect(await landOn('/artist/0OdUWJ0sBjDrqHygGUXeCF')).toEqual(['/artists/0OdUWJ0sBjDrqHygGUXeCF', '/me']);
  });

  it('hands the artist id over decoded, as the router does', async () => {
    await landOn('/artist/a%2Fb');
    expect(cache.sent.map((request) => request.path)).toContain('/artists/a%2Fb');
  });

  it('sends the insights page’s two top lists', async () => {
    expect(await landOn('/insights?range=medium_term')).toEqual([
      '/me',
      '/me/top/artists?medium_term',
      '/me/top/tracks?medium_term',
    ]);
  });

  it('asks only for the user on a page without a loader', async () => {
    expect(await landOn('/history?type=artists')).toEqual(['/me']);
  });

  it('asks each request once, however many matched routes name it', async () => {
    await landOn('/tracks');
    expect(described(cache.sent).filter((request) => request === '/me')).toHaveLength(1);
  });
});
