import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ConfigModule from '../config';
import type * as PkceModule from './pkce';
import type * as SessionModule from './session';
import type * as StoreModule from './token-store';
import type { PendingSignIn, Session } from './token-store';
import { EARLY_EXCHANGE_KEY, type EarlyExchange } from './early-exchange';

// session.ts keeps module state (the once-guard per code, the refresh in flight):
// every test gets fresh modules.
let config: typeof ConfigModule.config;
let auth: typeof SessionModule;
let store: typeof StoreModule;
let pkce: typeof PkceModule;

const NOW = Date.UTC(2026, 9, 1, 12, 0, 0);
const HOUR = 3_600_000;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.stubEnv('VITE_SPOTIFY_CLIENT_ID', 'build-client-id');
  vi.resetModules();
  config = (await import('../config')).config;
  auth = await import('./session');
  store = await import('./token-store');
  pkce = await import('./pkce');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

// --- the HTTP boundary -------------------------------------------------------------

interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: URLSearchParams;
  credentials: RequestCredentials | undefined;
}

type Responder = (request: SentRequest) => Response | Promise<Response>;

/** Stubs fetch; every request is recorded, with its form body parsed. */
function stubFetch(respond: Responder) {
  const sent: SentRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: new URLSearchParams(init.body == null ? '' : String(init.body)),
      credentials: init.credentials,
    };
    sent.push(request);
    return respond(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return sent;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function tokenResponse(overrides: Record<string, unknown> = {}): Response {
  return json({
    access_token: 'access-new',
    token_type: 'Bearer',
    scope: 'user-top-read',
    expires_in: 3600,
    refresh_token: 'refresh-new',
    ...overrides,
  });
}

function oauthError(error: string, status = 400): Response {
  return json({ error, error_description: `${error} happened` }, status);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

// --- fixtures ----------------------------------------------------------------------

function startPending(overrides: Partial<PendingSignIn> = {}): PendingSignIn {
  const pending: PendingSignIn = {
    verifier: 'verifier-'.padEnd(64, 'x'),
    state: 'expected-state',
    returnTo: '/artists?range=short_term',
    clientId: 'pending-client-id',
    createdAt: NOW - 30_000,
    ...overrides,
  };
  store.writePendingSignIn(pending);
  return pending;
}

function storeSession(overrides: Partial<Session> = {}): Session {
  const session: Session = {
    accessToken: 'access-old',
    obtainedAt: NOW,
    expiresAt: NOW + HOUR,
    refreshToken: 'refresh-old',
    scopes: ['user-top-read'],
    clientId: 'session-client-id',
    ...overrides,
  };
  store.writeSession(session);
  return session;
}

/** A session whose token expires in `ms` from now. */
function storeSessionExpiringIn(ms: number, overrides: Partial<Session> = {}): Session {
  return storeSession({ obtainedAt: NOW - HOUR + ms, expiresAt: NOW + ms, ...overrides });
}

function pendingIsGone() {
  // Peeking with take() is fine: we only check that nothing is left.
  return store.takePendingSignIn() === null;
}

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

// --- tests -------------------------------------------------------------------------

describe('beginSignIn', () => {
  function stubLocation() {
    // jsdom's location.assign is unforgeable (vi.spyOn cannot replace it) and jsdom does not
    // navigate across origins, so the whole location is swapped for this test. config.ts read
    // the real origin at import, before this stub.
    const assign = vi.fn<(url: string) => void>();
    vi.stubGlobal('location', { origin: window.location.origin, href: window.location.href, assign });
    return assign;
  }

  it('stores the verifier, state and return path, then goes to the authorize URL built from them', async () => {
    const assign = stubLocation();
    await auth.beginSignIn({ returnTo: '/artists?range=short_term' });

    const pending = store.takePendingSignIn();
    expect(pending).toMatchObject({ returnTo: '/artists?range=short_term', clientId: config.clientId, createdAt: NOW });
    expect(pending!.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
    expect(pending!.state).toMatch(/^[A-Za-z0-9\-._~]{16,}$/);

    expect(assign).toHaveBeenCalledTimes(1);
    const url = new URL(assign.mock.calls[0]![0]);
    expect(`${url.origin}${url.pathname}`).toBe(`${config.accountsUrl}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: config.clientId,
      response_type: 'code',
      redirect_uri: config.redirectUri,
      state: pending!.state,
      scope: 'user-top-read',
      code_challenge_method: 'S256',
      code_challenge: await pkce.createCodeChallenge(pending!.verifier),
    });
  });

  it('names the token endpoint and redirect URI, so the callback page can send the exchange early; not in the demo', async () => {
    stubLocation();
    await auth.beginSignIn({ returnTo: '/' });
    expect(store.takePendingSignIn()).toMatchObject({
      tokenUrl: `${config.accountsUrl}/api/token`,
      redirectUri: config.redirectUri,
    });

    store.writeDemoMode(true);
    await auth.beginSignIn({ returnTo: '/' });
    const demo = store.takePendingSignIn();
    store.writeDemoMode(false);
    expect(demo).not.toBeNull();
    expect(demo).not.toHaveProperty('tokenUrl');
    expect(demo).not.toHaveProperty('redirectUri');
  });

  it('keeps nothing in localStorage and sends nothing over the network', async () => {
    stubLocation();
    const sent = stubFetch(() => json({}));
    await auth.beginSignIn({ returnTo: '/' });
    expect(localStorage).toHaveLength(0);
    expect(sent).toHaveLength(0);
  });

  it('uses a new verifier and state for every sign-in', async () => {
    const assign = stubLocation();
    await auth.beginSignIn({ returnTo: '/' });
    const first = store.takePendingSignIn();
    await auth.beginSignIn({ returnTo: '/' });
    const second = store.takePendingSignIn();
    expect(second!.verifier).not.toBe(first!.verifier);
    expect(second!.state).not.toBe(first!.state);
    expect(assign.mock.calls[0]![0]).not.toBe(assign.mock.calls[1]![0]);
  });

  it('stores a safe return path instead of another origin', async () => {
    stubLocation();
    await auth.beginSignIn({ returnTo: '//evil.example/steal' });
    expect(store.takePendingSignIn()!.returnTo).toBe('/');
  });

  it('asks for extra scopes and the consent dialog when told to', async () => {
    const assign = stubLocation();
    await auth.beginSignIn({ returnTo: '/', scopes: ['user-top-read', 'playlist-modify-private'], showDialog: true });
    const url = new URL(assign.mock.calls[0]![0]);
    expect(url.searchParams.get('scope')).toBe('user-top-read playlist-modify-private');
    expect(url.searchParams.get('show_dialog')).toBe('true');
  });

  it('round-trips: the callback exchanges the code with the verifier behind the challenge it sent', async () => {
    const assign = stubLocation();
    await auth.beginSignIn({ returnTo: '/tracks' });
    const authorize = new URL(assign.mock.calls[0]![0]).searchParams;
    const sent = stubFetch(() => tokenResponse());

    await expect(
      auth.completeSignIn(new URLSearchParams({ code: 'round-trip-code', state: authorize.get('state')! })),
    ).resolves.toEqual({ returnTo: '/tracks' });

    expect(sent).toHaveLength(1);
    const verifier = sent[0]!.body.get('code_verifier')!;
    await expect(pkce.createCodeChallenge(verifier)).resolves.toBe(authorize.get('code_challenge'));
    expect(sent[0]!.body.get('client_id')).toBe(authorize.get('client_id'));
    expect(sent[0]!.body.get('redirect_uri')).toBe(authorize.get('redirect_uri'));
  });
});

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
      auth = await import('./session');
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

describe('getAccessToken', () => {
  it('fails with SignedOutError when there is no session, without calling Spotify', async () => {
    const sent = stubFetch(() => tokenResponse());
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SignedOutError);
    expect(sent).toHaveLength(0);
  });

  it('returns the stored token while it is fresh, without calling Spotify', async () => {
    storeSession();
    const sent = stubFetch(() => tokenResponse());
    await expect(auth.getAccessToken()).resolves.toBe('access-old');
    storeSessionExpiringIn(61_000);
    await expect(auth.getAccessToken()).resolves.toBe('access-old');
    expect(sent).toHaveLength(0);
  });

  it('refreshes when the token is within a minute of expiry', async () => {
    storeSessionExpiringIn(59_000);
    const sent = stubFetch(() => tokenResponse({ refresh_token: undefined }));
    await expect(auth.getAccessToken()).resolves.toBe('access-new');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(`${config.accountsUrl}/api/token`);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(sent[0]!.body)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-old',
      client_id: 'session-client-id',
    });
  });

  it('refreshes a token that has already expired', async () => {
    storeSessionExpiringIn(-5 * 60_000);
    stubFetch(() => tokenResponse());
    await expect(auth.getAccessToken()).resolves.toBe('access-new');
  });

  it('keeps the old refresh token when the refresh response has none (Spotify since July 2026)', async () => {
    storeSessionExpiringIn(10_000);
    stubFetch(() => tokenResponse({ refresh_token: undefined, scope: undefined, expires_in: 1800 }));
    await auth.getAccessToken();
    expect(store.readSession()).toEqual({
      accessToken: 'access-new',
      refreshToken: 'refresh-old',
      obtainedAt: NOW,
      expiresAt: NOW + 1800 * 1000,
      scopes: ['user-top-read'],
      clientId: 'session-client-id',
    });
  });

  it('stores a new refresh token when the refresh response has one, and uses it next time', async () => {
    storeSessionExpiringIn(10_000);
    const sent = stubFetch(() => tokenResponse({ refresh_token: 'refresh-rotated' }));
    await auth.getAccessToken();
    expect(store.readSession()?.refreshToken).toBe('refresh-rotated');
    vi.setSystemTime(NOW + HOUR);
    await auth.getAccessToken();
    expect(sent.map((r) => r.body.get('refresh_token'))).toEqual(['refresh-old', 'refresh-rotated']);
  });

  it('shares one refresh among concurrent callers', async () => {
    storeSessionExpiringIn(10_000);
    const response = deferred<Response>();
    const sent = stubFetch(() => response.promise);
    const tokens = Promise.all(Array.from({ length: 5 }, () => auth.getAccessToken()));
    response.resolve(tokenResponse());
    await expect(tokens).resolves.toEqual(Array(5).fill('access-new'));
    expect(sent).toHaveLength(1);
  });

  it('refreshes a token that Spotify rejected even though it looks fresh', async () => {
    storeSession();
    const sent = stubFetch(() => tokenResponse());
    await expect(auth.getAccessToken('access-old')).resolves.toBe('access-new');
    expect(sent).toHaveLength(1);
  });

  it('does not refresh again for a rejected token that a newer one has already replaced', async () => {
    storeSession({ accessToken: 'access-current' });
    const sent = stubFetch(() => tokenResponse());
    await expect(auth.getAccessToken('access-superseded')).resolves.toBe('access-current');
    expect(sent).toHaveLength(0);
  });

  it('signs out with reason session-ended when the refresh token is refused (invalid_grant)', async () => {
    storeSessionExpiringIn(10_000);
    const sent = stubFetch(() => oauthError('invalid_grant'));
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SignedOutError);
    expect(store.readSession()).toBeNull();
    expect(store.readSignedOutReason()).toBe('session-ended');
    // Not retried: the next caller is simply signed out.
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SignedOutError);
    expect(sent).toHaveLength(1);
  });

  it('signs out with reason session-ended when there is no refresh token to use', async () => {
    storeSessionExpiringIn(10_000, { refreshToken: null });
    const sent = stubFetch(() => tokenResponse());
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SignedOutError);
    expect(store.readSignedOutReason()).toBe('session-ended');
    expect(sent).toHaveLength(0);
  });

  it('stays signed in when the refresh fails for lack of network, and tries again next time', async () => {
    const session = storeSessionExpiringIn(10_000);
    let offline = true;
    const sent = stubFetch(() => (offline ? Promise.reject(new TypeError('Failed to fetch')) : tokenResponse()));
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(auth.SignedOutError);
    expect(store.readSession()).toEqual(session);
    expect(store.readSignedOutReason()).toBeNull();

    offline = false;
    await expect(auth.getAccessToken()).resolves.toBe('access-new');
    expect(sent).toHaveLength(2);
  });

  it('does not bring the session back when the user signs out while a refresh is in flight', async () => {
    storeSessionExpiringIn(10_000);
    const response = deferred<Response>();
    stubFetch(() => response.promise);
    const token = auth.getAccessToken();
    auth.signOut();
    response.resolve(tokenResponse());
    await expect(token).rejects.toBeInstanceOf(auth.SignedOutError);
    expect(store.readSession()).toBeNull();
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('access-new');
  });

  it('stays signed in when the token endpoint has a server error', async () => {
    const session = storeSessionExpiringIn(10_000);
    stubFetch(() => oauthError('server_error', 503));
    await expect(auth.getAccessToken()).rejects.not.toBeInstanceOf(auth.SignedOutError);
    expect(store.readSession()).toEqual(session);
  });
});

describe('hasScope and signOut', () => {
  it('reports the scopes of the session', () => {
    expect(auth.hasScope('user-top-read')).toBe(false);
    storeSession({ scopes: ['user-top-read'] });
    expect(auth.hasScope('user-top-read')).toBe(true);
    expect(auth.hasScope('playlist-modify-private')).toBe(false);
  });

  it('signs out without a reason', () => {
    storeSession();
    store.clearSession('session-ended');
    storeSession();
    auth.signOut();
    expect(store.readSession()).toBeNull();
    expect(store.readSignedOutReason()).toBeNull();
  });

  it('rejectSession signs out with reason session-rejected', () => {
    storeSession();
    auth.rejectSession();
    expect(store.readSession()).toBeNull();
    expect(store.readSignedOutReason()).toBe('session-rejected');
  });
});

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/artists?range=short_term',
    '/tracks?range=long_term#top',
    '/artist/4Z8W4fKeB5YxbusRsdQVPb',
    '/accounting',
  ])('keeps the in-app path %s', (path) => {
    expect(auth.safeReturnPath(path)).toBe(path);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty string', ''],
    ['a relative path', 'artists'],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/artists'],
    ['an absolute URL', 'https://evil.example'],
    ['an absolute URL to this app', 'http://localhost:3000/artists'],
    ['a javascript: URL', 'javascript:alert(document.domain)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a leading backslash', '\\\\evil.example'],
    ['a backslash later on', '/artists\\..\\..\\evil'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a leading space', ' //evil.example'],
    ['the callback route', '/account'],
    ['the callback route with a code', '/account?code=abc&state=xyz'],
    ['a path under the callback route', '/account/anything'],
    ['the callback route with a hash', '/account#top'],
  ])('sends %s to / instead', (_, path) => {
    expect(auth.safeReturnPath(path)).toBe('/');
  });

  it('never returns something that resolves to another origin', () => {
    const origin = 'https://app.example';
    const attempts = ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\r\n/evil.example', '/\u0000/x'];
    for (const path of attempts) {
      expect(new URL(auth.safeReturnPath(path), origin).origin).toBe(origin);
    }
  });
});
