// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ACCOUNTS,
  apiGet,
  authorizeUrl,
  CLIENT_ID,
  consentFields,
  exchange,
  form,
  getCode,
  refresh,
  signIn,
  testEmulator,
  VERIFIER,
} from './test-support';

const authorize = (emulator = testEmulator(), params: Record<string, string | undefined> = {}) =>
  emulator.accounts(new Request(authorizeUrl(params)));

function redirectParams(response: Response): URLSearchParams {
  expect(response.status).toBe(302);
  return new URL(response.headers.get('Location')!).searchParams;
}

async function oauthError(response: Response): Promise<{ error: string; error_description: string }> {
  expect(response.status).toBe(400);
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  return (await response.json()) as { error: string; error_description: string };
}

describe('authorize', () => {
  it('shows a consent page with the app, the user, the scopes in words, and Agree/Cancel buttons', async () => {
    const response = await authorize(testEmulator(), { scope: 'user-top-read playlist-modify-private' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<title>Spotify emulator — Heavy Rotation wants access</title>');
    expect(html).toContain('Demo Listener');
    expect(html).toContain('See your top artists and tracks');
    expect(html).toContain('Create, edit and follow private playlists');
    expect(html).toMatch(/<form method="post" action="\/authorize\/consent">/);
    expect(html).toMatch(/<button type="submit" name="decision" value="agree">Agree<\/button>/);
    expect(html).toMatch(/<button type="submit" name="decision" value="cancel">Cancel<\/button>/);
    expect(html).not.toMatch(/<script/i);
  });

  it('answers an unknown client with an error page, never a redirect', async () => {
    const response = await authorize(testEmulator(), { client_id: 'ffffffffffffffffffffffffffffffff' });
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.text()).toContain('INVALID_CLIENT: Invalid client');
  });

  it.each([
    ['another path', 'http://127.0.0.1:5173/callback'],
    ['a trailing slash', 'http://127.0.0.1:5173/account/'],
    ['a query', 'http://127.0.0.1:5173/account?x=1'],
    ['https on loopback', 'https://127.0.0.1:5173/account'],
    ['localhost', 'http://localhost:5173/account'],
    ['a non-loopback http host', 'http://example.com/account'],
    ['no redirect_uri', undefined],
  ])('rejects a redirect URI with %s on an error page', async (_, redirectUri) => {
    const response = await authorize(testEmulator(), { redirect_uri: redirectUri });
    expect(response.status).toBe(400);
    expect(response.headers.get('Location')).toBeNull();
    expect(await response.text()).toContain('INVALID_CLIENT: Invalid redirect URI');
  });

  it('explains that localhost is never valid, even when registered, over http or https', async () => {
    for (const uri of ['http://localhost:5173/account', 'https://localhost/account']) {
      const emulator = testEmulator({ clients: [{ clientId: CLIENT_ID, redirectUris: [uri] }] });
      const response = await authorize(emulator, { redirect_uri: uri });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('INVALID_CLIENT: Invalid redirect URI');
      expect(html).toContain('&#34;localhost&#34; is not allowed');
      expect(html).toContain('http://127.0.0.1:PORT');
    }
  });

  it('matches a port-less loopback registration on any port, and a registered port exactly', async () => {
    for (const uri of ['http://127.0.0.1:5173/account', 'http://127.0.0.1:4173/account', 'http://[::1]:8080/account']) {
      expect((await authorize(testEmulator(), { redirect_uri: uri })).status).toBe(200);
    }
    const fixed = testEmulator({
      clients: [
        {
          clientId: CLIENT_ID,
          redirectUris: ['http://127.0.0.1:4173/app/account', 'https://me.github.io/app/account'],
        },
      ],
    });
    expect((await authorize(fixed, { redirect_uri: 'http://127.0.0.1:4173/app/account' })).status).toBe(200);
    expect((await authorize(fixed, { redirect_uri: 'https://me.github.io/app/account' })).status).toBe(200);
    expect((await authorize(fixed, { redirect_uri: 'http://127.0.0.1:5173/app/account' })).status).toBe(400);
    expect((await authorize(fixed, { redirect_uri: 'https://me.github.io:8443/app/account' })).status).toBe(400);
  });

  it('redirects with RFC 6749 errors once the redirect URI is trusted, echoing state', async () => {
    const cases: [Record<string, string | undefined>, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ code_challenge: undefined }, 'invalid_request'],
      [{ code_challenge: 'too-short' }, 'invalid_request'],
      [{ scope: 'user-top-read user-everything' }, 'invalid_scope'],
    ];
    for (const [params, error] of cases) {
      const query = redirectParams(await authorize(testEmulator(), params));
      expect(query.get('error')).toBe(error);
      expect(query.get('state')).toBe('state-123');
      expect(query.get('code')).toBeNull();
    }
  });

  it('Cancel redirects with access_denied and the state', async () => {
    const emulator = testEmulator();
    const fields = consentFields(await (await authorize(emulator)).text());
    const query = redirectParams(
      await emulator.accounts(form(`${ACCOUNTS}/authorize/consent`, { ...fields, decision: 'cancel' })),
    );
    expect(query.get('error')).toBe('access_denied');
    expect(query.get('state')).toBe('state-123');
    expect(new URL(`http://x?${query}`).searchParams.has('code')).toBe(false);
  });

  it('checks the consent form again: tampered hidden fields get no code', async () => {
    const emulator = testEmulator();
    const fields = consentFields(await (await authorize(emulator)).text());
    const evil = await emulator.accounts(
      form(`${ACCOUNTS}/authorize/consent`, {
        ...fields,
        redirect_uri: 'https://evil.example/account',
        decision: 'agree',
      }),
    );
    expect(evil.status).toBe(400);
    expect(evil.headers.get('Location')).toBeNull();
  });

  it('skips the dialog for scopes granted before, unless show_dialog=true', async () => {
    const emulator = testEmulator();
    await getCode(emulator);
    const again = redirectParams(await authorize(emulator));
    expect(again.get('code')).toBeTruthy();
    expect(again.get('state')).toBe('state-123');
    expect((await authorize(emulator, { show_dialog: 'true' })).status).toBe(200);
    // A new scope needs consent again.
    expect((await authorize(emulator, { scope: 'user-top-read playlist-modify-private' })).status).toBe(200);
    emulator.reset();
    expect((await authorize(emulator)).status).toBe(200);
  });
});

describe('withheld scopes', () => {
  it('grants a token without them, which the API answers with 403 Insufficient client scope, and asks again', async () => {
    const emulator = testEmulator({ config: { withheldScopes: ['user-top-read'] } });
    const tokens = await signIn(emulator);
    expect(tokens.scope).toBe('');
    expect((await apiGet(emulator, '/me', tokens.access_token)).status).toBe(200);
    const top = await apiGet(emulator, '/me/top/tracks', tokens.access_token);
    expect(top.status).toBe(403);
    expect(await top.json()).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    // Not granted, so not remembered: consent shows again.
    expect((await authorize(emulator)).status).toBe(200);

    emulator.configure({ withheldScopes: [] });
    const again = await signIn(emulator);
    expect(again.scope).toBe('user-top-read');
    expect((await apiGet(emulator, '/me/top/tracks', again.access_token)).status).toBe(200);
  });

  it('rejects a setting that is not a list of names', () => {
    expect(() => testEmulator().configure({ withheldScopes: 'user-top-read' as never })).toThrow(/withheldScopes/);
  });
});

describe('token endpoint', () => {
  it('accepts the RFC 7636 appendix B verifier and issues Bearer tokens with CORS and no-store', async () => {
    const emulator = testEmulator();
    const response = await exchange(emulator, await getCode(emulator));
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'user-top-read', expires_in: 3600 });
    expect(body.access_token).toEqual(expect.any(String));
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(body.access_token).not.toBe(body.refresh_token);
    expect(emulator.log.at(-1)).toMatchObject({
      service: 'accounts',
      path: '/api/token',
      grantType: 'authorization_code',
      status: 200,
    });
  });

  it('rejects a wrong verifier', async () => {
    const emulator = testEmulator();
    const code = await getCode(emulator);
    const body = await oauthError(await exchange(emulator, code, { code_verifier: `${VERIFIER.slice(0, -1)}x` }));
    expect(body).toEqual({ error: 'invalid_grant', error_description: 'code_verifier was incorrect' });
  });

  it('rejects a verifier outside 43–128 unreserved characters', async () => {
    const emulator = testEmulator();
    const body = await oauthError(await exchange(emulator, await getCode(emulator), { code_verifier: 'short' }));
    expect(body.error_description).toBe('code_verifier was incorrect');
  });

  it('uses a code once: a second exchange fails and revokes the tokens from the first', async () => {
    const emulator = testEmulator();
    const code = await getCode(emulator);
    const first = (await (await exchange(emulator, code)).json()) as { access_token: string; refresh_token: string };
    expect((await apiGet(emulator, '/me', first.access_token)).status).toBe(200);
    const second = await oauthError(await exchange(emulator, code));
    expect(second).toEqual({ error: 'invalid_grant', error_description: 'Invalid authorization code' });
    expect((await apiGet(emulator, '/me', first.access_token)).status).toBe(401);
    expect((await oauthError(await refresh(emulator, first.refresh_token))).error).toBe('invalid_grant');
  });

  it('expires codes after codeLifetime on the emulator clock', async () => {
    const emulator = testEmulator();
    const code = await getCode(emulator);
    emulator.advanceClock(601);
    expect(await oauthError(await exchange(emulator, code))).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid authorization code',
    });
  });

  it('requires the same redirect_uri as the authorization request', async () => {
    const emulator = testEmulator();
    const code = await getCode(emulator);
    const body = await oauthError(await exchange(emulator, code, { redirect_uri: 'http://127.0.0.1:5174/account' }));
    expect(body).toEqual({ error: 'invalid_grant', error_description: 'Invalid redirect URI' });
  });

  it('answers unknown codes, clients, grant types, missing parameters and non-form bodies', async () => {
    const emulator = testEmulator();
    expect((await oauthError(await exchange(emulator, 'nope'))).error).toBe('invalid_grant');
    expect((await oauthError(await exchange(emulator, 'nope', { client_id: 'f'.repeat(32) }))).error).toBe(
      'invalid_client',
    );
    expect((await oauthError(await exchange(emulator, 'nope', { grant_type: 'password' }))).error).toBe(
      'unsupported_grant_type',
    );
    expect((await oauthError(await exchange(emulator, 'nope', { code_verifier: '' }))).error).toBe('invalid_request');
    const json = await emulator.accounts(
      new Request(`${ACCOUNTS}/api/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ grant_type: 'authorization_code' }),
      }),
    );
    expect((await oauthError(json)).error).toBe('invalid_request');
  });

  it('refreshes without returning a refresh token, and the old one keeps working', async () => {
    const emulator = testEmulator();
    const tokens = await signIn(emulator);
    for (let i = 0; i < 2; i++) {
      const response = await refresh(emulator, tokens.refresh_token);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ token_type: 'Bearer', scope: 'user-top-read', expires_in: 3600 });
      expect(body).not.toHaveProperty('refresh_token');
      expect(body.access_token).not.toBe(tokens.access_token);
      expect((await apiGet(emulator, '/me/top/tracks', body.access_token as string)).status).toBe(200);
    }
    expect(emulator.log.at(-2)).toMatchObject({ grantType: 'refresh_token' });
  });

  it('ends refresh tokens refreshTokenLifetime after the original sign-in, however often refreshed', async () => {
    const emulator = testEmulator();
    const tokens = await signIn(emulator);
    const day = 86_400;
    for (let elapsed = 0; elapsed < 180 * day - 30 * day; elapsed += 30 * day) {
      emulator.advanceClock(30 * day);
      expect((await refresh(emulator, tokens.refresh_token)).status).toBe(200);
    }
    emulator.advanceClock(180 * day - 150 * day - 1);
    expect((await refresh(emulator, tokens.refresh_token)).status).toBe(200);
    emulator.advanceClock(1);
    expect(await oauthError(await refresh(emulator, tokens.refresh_token))).toEqual({
      error: 'invalid_grant',
      error_description: 'Refresh token revoked',
    });
  });

  it('answers a refresh token it never issued with "Invalid refresh token", unlike a revoked one', async () => {
    const emulator = testEmulator();
    const tokens = await signIn(emulator);
    for (const never of [`${tokens.refresh_token}x`, 'AQ-made-up']) {
      expect(await oauthError(await refresh(emulator, never))).toEqual({
        error: 'invalid_grant',
        error_description: 'Invalid refresh token',
      });
    }
    // The issued one still works beside them.
    expect((await refresh(emulator, tokens.refresh_token)).status).toBe(200);
  });

  it('revokeRefreshTokens ends every sign-in at its next refresh', async () => {
    const emulator = testEmulator();
    const tokens = await signIn(emulator);
    expect(emulator.revokeRefreshTokens()).toBe(1);
    expect(await oauthError(await refresh(emulator, tokens.refresh_token))).toEqual({
      error: 'invalid_grant',
      error_description: 'Refresh token revoked',
    });
    // The access token lives on until it expires.
    expect((await apiGet(emulator, '/me', tokens.access_token)).status).toBe(200);
  });

  it('answers a preflight with CORS headers and a form POST without one', async () => {
    const emulator = testEmulator();
    const preflight = await emulator.accounts(
      new Request(`${ACCOUNTS}/api/token`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST' },
      }),
    );
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(emulator.log.at(-1)).toMatchObject({ preflight: true, method: 'OPTIONS', origin: 'http://127.0.0.1:5173' });
  });

  it('keeps redirect URIs with their own query intact', async () => {
    const emulator = testEmulator({ clients: [{ clientId: CLIENT_ID, redirectUris: ['https://app.example/cb?v=1'] }] });
    const query = redirectParams(
      await emulator.accounts(
        new Request(authorizeUrl({ redirect_uri: 'https://app.example/cb?v=1', response_type: 'token' })),
      ),
    );
    expect(query.get('v')).toBe('1');
    expect(query.get('error')).toBe('unsupported_response_type');
  });
});
