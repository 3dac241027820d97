import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ConfigModule from '../config';
import type * as StoreModule from './token-store';
import type * as AccessTokenModule from './access-token';
import type * as GrantedScopesModule from './granted-scopes';
import {
  deferred,
  freshModules,
  HOUR,
  NOW,
  oauthError,
  restoreClockAndEnv,
  storeSession,
  storeSessionExpiringIn,
  stubFetch,
  tokenResponse,
} from './test-kit';

let config: typeof ConfigModule.config;
let store: typeof StoreModule;
let auth: typeof AccessTokenModule & typeof GrantedScopesModule;

beforeEach(async () => {
  ({ config, store } = await freshModules());
  auth = { ...(await import('./access-token')), ...(await import('./granted-scopes')) };
});

afterEach(restoreClockAndEnv);

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
    store.clearSession();
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

describe('hasScope and rejectSession', () => {
  it('reports the scopes of the session', () => {
    expect(auth.hasScope('user-top-read')).toBe(false);
    storeSession({ scopes: ['user-top-read'] });
    expect(auth.hasScope('user-top-read')).toBe(true);
    expect(auth.hasScope('playlist-modify-private')).toBe(false);
  });

  it('rejectSession signs out with reason session-rejected', () => {
    storeSession();
    auth.rejectSession();
    expect(store.readSession()).toBeNull();
    expect(store.readSignedOutReason()).toBe('session-rejected');
  });
});
