import { describe, expect, it, vi } from 'vitest';
import { AuthError, exchangeCode, refreshAccessToken } from './token-client';

const accountsUrl = 'https://accounts.example/base';

function stubToken(respond: () => Response | Promise<Response>) {
  const sent: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      sent.push({ url: String(input), init });
      return respond();
    }),
  );
  return sent;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const exchange = () =>
  exchangeCode({
    accountsUrl,
    clientId: 'cid',
    code: 'the-code',
    redirectUri: 'https://app.example/account',
    verifier: 'v',
  });

async function authFailure(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe('token requests', () => {
  it('POST a CORS-simple form to {accounts}/api/token: no secret, no Authorization, no cookies', async () => {
    const sent = stubToken(() => json({ access_token: 'a', expires_in: 3600 }));
    await exchange();
    const { url, init } = sent[0]!;
    expect(url).toBe('https://accounts.example/base/api/token');
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect([...headers.keys()]).toEqual(['content-type']);
    expect(headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(init.credentials).toBe('omit');
    expect(Object.fromEntries(new URLSearchParams(String(init.body)))).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://app.example/account',
      client_id: 'cid',
      code_verifier: 'v',
    });
  });

  it('send grant_type=refresh_token with the refresh token and client ID to refresh', async () => {
    const sent = stubToken(() => json({ access_token: 'a', expires_in: 3600 }));
    await refreshAccessToken({ accountsUrl, clientId: 'cid', refreshToken: 'rt' });
    expect(Object.fromEntries(new URLSearchParams(String(sent[0]!.init.body)))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt',
      client_id: 'cid',
    });
  });
});

describe('token responses', () => {
  it('are read into camelCase, with the refresh token when there is one', async () => {
    stubToken(() =>
      json({ access_token: 'a', token_type: 'Bearer', scope: 'user-top-read', expires_in: 3600, refresh_token: 'r' }),
    );
    await expect(exchange()).resolves.toEqual({
      accessToken: 'a',
      expiresIn: 3600,
      scope: 'user-top-read',
      refreshToken: 'r',
    });
  });

  it('leave refreshToken out when Spotify sends none, or an empty one', async () => {
    stubToken(() => json({ access_token: 'a', expires_in: 3600, refresh_token: '' }));
    const token = await exchange();
    expect(token).not.toHaveProperty('refreshToken');
    expect(token.scope).toBe('');
  });

  it('turn an RFC 6749 error into an AuthError with its code, description and status', async () => {
    stubToken(() => json({ error: 'invalid_grant', error_description: 'Invalid authorization code' }, 400));
    expect(await authFailure(exchange())).toMatchObject({
      code: 'invalid_grant',
      message: 'Invalid authorization code',
      status: 400,
    });
  });

  it('name the status when an error has no RFC 6749 body', async () => {
    stubToken(() => json({}, 500));
    expect(await authFailure(exchange())).toMatchObject({ code: 'http_500', status: 500 });
  });

  it('report a reply that is not JSON as invalid_response', async () => {
    stubToken(() => new Response('<html>', { status: 502 }));
    expect(await authFailure(exchange())).toMatchObject({ code: 'invalid_response', status: 502 });
  });

  it.each([
    ['no access token', { expires_in: 3600 }],
    ['an empty access token', { access_token: '', expires_in: 3600 }],
    ['no expires_in', { access_token: 'a' }],
    ['expires_in as a string', { access_token: 'a', expires_in: '3600' }],
  ])('report a success with %s as invalid_response', async (_, body) => {
    stubToken(() => json(body));
    expect((await authFailure(exchange())).code).toBe('invalid_response');
  });

  it('report a fetch that rejects as network, with no status', async () => {
    stubToken(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await authFailure(exchange())).toMatchObject({ code: 'network', status: 0 });
  });

  it('let an abort through as the AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    stubToken(() => Promise.reject(controller.signal.reason));
    const error = await exchangeCode(
      { accountsUrl, clientId: 'cid', code: 'c', redirectUri: 'https://app.example/account', verifier: 'v' },
      controller.signal,
    ).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
