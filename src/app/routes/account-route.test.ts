import { describe, expect, it, vi } from 'vitest';
import { deferred, startPending, tokenResponse } from '../../auth/test-kit';
import { readSession } from '../../auth/token-store';
import { profileQueries } from '../../features/profile/queries';
import { topItemsQueries } from '../../spotify/top-items-queries';
import { described, signedInWithFreshCache } from '../../test/spotify-fetch';
import { accountLoader } from './account-route';
import { createRoutes } from './router';

// The views' code, held back: a loader that waited for it would never resolve.
const views = vi.hoisted(() => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release };
});
vi.mock('./top-list-routes', async () => {
  await views.arrived;
  return { TopTracksRoute: () => null, TopArtistsRoute: () => null };
});

const cache = signedInWithFreshCache();

/** The token endpoint answers `token`; the Web API as the shared stub does. */
function stubTokenEndpoint(token: Promise<Response>): void {
  const api = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).endsWith('/api/token') ? token : api(input, init),
  );
}

function callback(code: string) {
  const load = accountLoader(
    async () => cache.queryClient,
    () => createRoutes(async () => cache.queryClient),
  );
  const url = new URL(`http://app.invalid/account?code=${code}&state=expected-state`);
  return load({ request: new Request(url), url, params: {}, pattern: 'account', context: undefined });
}

describe('accountLoader', () => {
  it('sends the landing page’s requests once the token is in, before its redirect resolves, without waiting for the views', async () => {
    sessionStorage.clear();
    startPending({ returnTo: '/tracks?range=long_term' });
    const token = deferred<Response>();
    stubTokenEndpoint(token.promise);
    const redirect = callback('code-held-token');
    // Nothing can be asked before the token: no session yet, no request.
    await Promise.resolve();
    expect(readSession()).toBeNull();
    expect(cache.sent).toEqual([]);

    token.resolve(tokenResponse());
    const response = await redirect;
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get('Location')).toBe('/tracks?range=long_term');
    // By the time the redirect resolves, both queries are under way, with the views' code still held back.
    expect(cache.queryClient.getQueryState(profileQueries.me().queryKey)?.fetchStatus).toBe('fetching');
    expect(cache.queryClient.getQueryState(topItemsQueries.list('tracks', 'long_term').queryKey)?.fetchStatus).toBe(
      'fetching',
    );
    await vi.waitFor(() => expect(described(cache.sent).sort()).toEqual(['/me', '/me/top/tracks?long_term']));
    views.release();
  });
});
