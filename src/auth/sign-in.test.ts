import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ConfigModule from '../config';
import type * as PkceModule from './pkce';
import type * as StoreModule from './token-store';
import type * as SignInModule from './sign-in';
import type * as CallbackModule from './callback';
import { freshModules, json, NOW, restoreClockAndEnv, stubFetch, tokenResponse } from './test-kit';

let config: typeof ConfigModule.config;
let store: typeof StoreModule;
let pkce: typeof PkceModule;
let auth: typeof SignInModule & typeof CallbackModule;

beforeEach(async () => {
  ({ config, store, pkce } = await freshModules());
  auth = { ...(await import('./sign-in')), ...(await import('./callback')) };
});

afterEach(restoreClockAndEnv);

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
