import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ConfigModule from '../config';
import type * as StoreModule from './token-store';
import type { PendingSignIn } from './token-store';
import type * as CallbackModule from './callback';
import { EARLY_EXCHANGE_KEY, type EarlyExchange } from './early-exchange';
import {
  deferred,
  freshModules,
  json,
  NOW,
  oauthError,
  pendingIsGone,
  restoreClockAndEnv,
  startPending,
  stubFetch,
  tokenResponse,
} from './test-kit';

let config: typeof ConfigModule.config;
let store: typeof StoreModule;
let auth: typeof CallbackModule;

beforeEach(async () => {
  ({ config, store } = await freshModules());
  auth = await import('./callback');
});

afterEach(restoreClockAndEnv);

async function callbackFailure(params: Record<string, string>) {
  const error = await auth.completeSignIn(new URLSearchParams(params)).then(
    () => {
      throw new Error('completeSignIn resolved, but it should have failed');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(auth.CallbackError);
  return error as InstanceType<typeof auth.CallbackError>;
}

describe('completeSignIn: refusing callbacks', () => {
  it.each([
    ['a state that differs from the stored one', { code: 'code-1', state: 'forged-state' }],
    ['no state at all', { code: 'code-2' }],
    ['an empty state', { code: 'code-3', state: '' }],
  ])('rejects %s as state-mismatch without calling Spotify', async (_, params) => {
    startPending();
    const sent = stubFetch(() => tokenResponse());
    const error = await callbackFailure(params);
    expect(error.kind).toBe('state-mismatch');
    expect(sent).toHaveLength(0);
    expect(store.readSession()).toBeNull();
    expect(pendingIsGone()).toBe(true);
  });

  it('rejects any callback as state-mismatch when no sign-in was started in this tab', async () => {
    const sent = stubFetch(() => tokenResponse());
    const error = await callbackFailure({ code: 'code-4', state: 'expected-state' });
    expect(error.kind).toBe('state-mismatch');
    expect(sent).toHaveLength(0);
    expect(store.readSession()).toBeNull();
  });

  it('spends the pending sign-in on a mismatch: the right state cannot be replayed afterwards', async () => {
    startPending();
    const sent = stubFetch(() => tokenResponse());
    await callbackFailure({ code: 'code-5', state: 'forged-state' });
    const error = await callbackFailure({ code: 'code-6', state: 'expected-state' });
    expect(error.kind).toBe('state-mismatch');
    expect(sent).toHaveLength(0);
  });

  it('checks the state before trusting an error from the callback', async () => {
    startPending();
    const error = await callbackFailure({ error: 'access_denied', state: 'forged-state' });
    expect(error.kind).toBe('state-mismatch');
  });

  it('reports access_denied with the right state as denied, without calling Spotify', async () => {
    startPending();
    const sent = stubFetch(() => tokenResponse());
    const error = await callbackFailure({ error: 'access_denied', state: 'expected-state' });
    expect(error.kind).toBe('denied');
    expect(sent).toHaveLength(0);
    expect(pendingIsGone()).toBe(true);
  });

  it('tells where the user was going only once the state matched', async () => {
    startPending({ returnTo: '/tracks?range=long_term' });
    expect((await callbackFailure({ error: 'access_denied', state: 'expected-state' })).returnTo).toBe(
      '/tracks?range=long_term',
    );
    startPending({ returnTo: '/tracks?range=long_term' });
    expect((await callbackFailure({ error: 'access_denied', state: 'forged' })).returnTo).toBeUndefined();
  });

  it('reports other errors from Spotify as provider-error, naming the error', async () => {
    startPending();
    const sent = stubFetch(() => tokenResponse());
    const error = await callbackFailure({ error: 'server_error', state: 'expected-state' });
    expect(error.kind).toBe('provider-error');
    expect(error.message).toContain('server_error');
    expect(sent).toHaveLength(0);
  });

  it('reports the right state without a code as missing-code, without calling Spotify', async () => {
    startPending();
    const sent = stubFetch(() => tokenResponse());
    const error = await callbackFailure({ state: 'expected-state' });
    expect(error.kind).toBe('missing-code');
    expect(sent).toHaveLength(0);
    expect(pendingIsGone()).toBe(true);
  });
});

describe('completeSignIn: exchanging the code', () => {
  it('POSTs the code, redirect URI, client ID and stored verifier to the token endpoint, once', async () => {
    const pending = startPending();
    const sent = stubFetch(() => tokenResponse());
    await auth.completeSignIn(new URLSearchParams({ code: 'good-code', state: 'expected-state' }));

    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request!.url).toBe(`${config.accountsUrl}/api/token`);
    expect(request!.method).toBe('POST');
    expect(request!.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(request!.headers.has('Authorization')).toBe(false);
    expect(request!.credentials).toBe('omit');
    expect(Object.fromEntries(request!.body)).toEqual({
      grant_type: 'authorization_code',
      code: 'good-code',
      redirect_uri: config.redirectUri,
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    });
  });

  it('stores the session in sessionStorage only, spends the pending sign-in, and returns where to go', async () => {
    startPending({ returnTo: '/artists?range=long_term' });
    stubFetch(() => tokenResponse({ scope: 'user-top-read playlist-modify-private' }));
    const result = await auth.completeSignIn(new URLSearchParams({ code: 'good-code-2', state: 'expected-state' }));

    expect(result).toEqual({ returnTo: '/artists?range=long_term' });
    expect(store.readSession()).toEqual({
      accessToken: 'access-new',
      refreshToken: 'refresh-new',
      obtainedAt: NOW,
      expiresAt: NOW + 3600 * 1000,
      scopes: ['user-top-read', 'playlist-modify-private'],
      clientId: 'pending-client-id',
    });
    expect(localStorage).toHaveLength(0);
    expect(document.cookie).toBe('');
    expect(pendingIsGone()).toBe(true);
    // Nothing left in sessionStorage but the session itself.
    expect(sessionStorage).toHaveLength(1);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('expected-state');
  });

  it('clears an earlier signed-out reason once signed in', async () => {
    store.clearSession('session-ended');
    startPending();
    stubFetch(() => tokenResponse());
    await auth.completeSignIn(new URLSearchParams({ code: 'good-code-3', state: 'expected-state' }));
    expect(store.readSignedOutReason()).toBeNull();
  });

  it('exchanges a code only once when the callback is handled twice in a row (StrictMode, a re-run loader)', async () => {
    startPending();
    const sent = stubFetch(() => tokenResponse());
    const params = { code: 'twice-code', state: 'expected-state' };
    const first = await auth.completeSignIn(new URLSearchParams(params));
    const second = await auth.completeSignIn(new URLSearchParams(params));
    expect(second).toEqual(first);
    expect(sent).toHaveLength(1);
  });

  it('exchanges a code only once when the callback is handled twice at the same time', async () => {
    startPending();
    const response = deferred<Response>();
    const sent = stubFetch(() => response.promise);
    const params = new URLSearchParams({ code: 'concurrent-code', state: 'expected-state' });
    const both = Promise.all([auth.completeSignIn(params), auth.completeSignIn(new URLSearchParams(params))]);
    response.resolve(tokenResponse());
    const [a, b] = await both;
    expect(a).toEqual({ returnTo: '/artists?range=short_term' });
    expect(b).toEqual(a);
    expect(sent).toHaveLength(1);
    expect(store.readSession()?.accessToken).toBe('access-new');
  });

  it('gives the same failure to a repeated callback, without a second exchange', async () => {
    startPending();
    const sent = stubFetch(() => oauthError('invalid_grant'));
    const params = { code: 'bad-code-twice', state: 'expected-state' };
    expect((await callbackFailure(params)).kind).toBe('code-rejected');
    expect((await callbackFailure(params)).kind).toBe('code-rejected');
    expect(sent).toHaveLength(1);
  });

  it('reports invalid_grant (an expired or used code) as code-rejected and stays signed out', async () => {
    startPending();
    stubFetch(() => oauthError('invalid_grant'));
    const error = await callbackFailure({ code: 'used-code', state: 'expected-state' });
    expect(error.kind).toBe('code-rejected');
    expect(store.readSession()).toBeNull();
    expect(pendingIsGone()).toBe(true);
  });

  it('reports a fetch that rejects (offline, CORS) as network', async () => {
    startPending();
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await callbackFailure({ code: 'offline-code', state: 'expected-state' });
    expect(error.kind).toBe('network');
    expect(store.readSession()).toBeNull();
  });

  it.each([
    ['another OAuth error', () => oauthError('invalid_client', 401)],
    ['a reply that is not JSON', () => new Response('<html>Bad gateway</html>', { status: 502 })],
    ['a reply without an access token', () => json({ token_type: 'Bearer', expires_in: 3600 })],
    ['a reply without expires_in', () => json({ access_token: 'a', token_type: 'Bearer' })],
  ])('reports %s as unexpected and stays signed out', async (_, respond) => {
    startPending();
    stubFetch(respond);
    const error = await callbackFailure({ code: 'odd-code', state: 'expected-state' });
    expect(error.kind).toBe('unexpected');
    expect(store.readSession()).toBeNull();
  });

  it('stores a session without refresh token when Spotify sends none', async () => {
    startPending();
    stubFetch(() => tokenResponse({ refresh_token: undefined }));
    await auth.completeSignIn(new URLSearchParams({ code: 'no-refresh-code', state: 'expected-state' }));
    expect(store.readSession()?.refreshToken).toBeNull();
  });
});

describe('completeSignIn: an exchange the callback page sent early', () => {
  const slot = Symbol.for(EARLY_EXCHANGE_KEY);
  const holder = window as unknown as Record<symbol, EarlyExchange | undefined>;
  const sentEarly = (code: string, response: Promise<Response>, url = `${config.accountsUrl}/api/token`) => {
    holder[slot] = { code, url, response };
  };
  const early = (overrides: Partial<PendingSignIn> = {}) =>
    startPending({ tokenUrl: `${config.accountsUrl}/api/token`, redirectUri: config.redirectUri, ...overrides });

  afterEach(() => {
    delete holder[slot];
  });

  it('takes its answer instead of exchanging the code again, and lets it go', async () => {
    early();
    const sent = stubFetch(() => tokenResponse());
    sentEarly('early-code', Promise.resolve(tokenResponse({ access_token: 'access-early' })));
    const result = await auth.completeSignIn(new URLSearchParams({ code: 'early-code', state: 'expected-state' }));
    expect(result.returnTo).toBe('/artists?range=short_term');
    expect(sent).toHaveLength(0);
    expect(store.readSession()?.accessToken).toBe('access-early');
    expect(holder[slot]).toBeUndefined();
    expect(pendingIsGone()).toBe(true);
  });

  it('reports its failures as its own would be', async () => {
    early();
    stubFetch(() => tokenResponse());
    sentEarly('offline-code', Promise.reject(new TypeError('Failed to fetch')));
    expect((await callbackFailure({ code: 'offline-code', state: 'expected-state' })).kind).toBe('network');
    early();
    sentEarly('used-code', Promise.resolve(oauthError('invalid_grant')));
    expect((await callbackFailure({ code: 'used-code', state: 'expected-state' })).kind).toBe('code-rejected');
    expect(store.readSession()).toBeNull();
  });

  it('ignores one for another code, another endpoint or another redirect URI, and exchanges the code itself', async () => {
    const cases: [string, () => void][] = [
      ['another code', () => (early(), sentEarly('other-code', Promise.resolve(tokenResponse())))],
      [
        'another endpoint',
        () => (early(), sentEarly('the-code', Promise.resolve(tokenResponse()), 'https://evil.example/api/token')),
      ],
      [
        'another redirect URI',
        () => (
          early({ redirectUri: 'https://elsewhere.example/account' }),
          sentEarly('the-code', Promise.resolve(tokenResponse()))
        ),
      ],
    ];
    for (const [name, arrange] of cases) {
      vi.resetModules();
      auth = await import('./callback');
      arrange();
      const sent = stubFetch(() => tokenResponse({ access_token: `access-${name}` }));
      await auth.completeSignIn(new URLSearchParams({ code: 'the-code', state: 'expected-state' }));
      expect(
        sent.map((r) => r.body.get('code')),
        name,
      ).toEqual(['the-code']);
      expect(store.readSession()?.accessToken, name).toBe(`access-${name}`);
      expect(holder[slot], name).toBeUndefined();
    }
  });
});
