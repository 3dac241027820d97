// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BROWSER_RESEND_WINDOW_MS } from './emulator';
import { ACCOUNTS, API, apiGet, refresh, signIn, testEmulator } from './test-support';

async function ready() {
  const emulator = testEmulator();
  const tokens = await signIn(emulator);
  return { emulator, tokens, get: (path: string) => apiGet(emulator, path, tokens.access_token) };
}

describe('faults', () => {
  it('answers a 429 with Retry-After, CORS, and a quota reason', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({
      target: 'api',
      path: '/me/top/tracks',
      kind: 'status',
      status: 429,
      retryAfter: 7,
      reason: 'QUOTA_EXCEEDED',
    });
    const response = await get('/me/top/tracks');
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('7');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    expect(await response.json()).toEqual({
      error: { status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED' },
    });
    expect(emulator.log.at(-1)).toMatchObject({ status: 429, faulted: true, path: '/me/top/tracks' });
    expect((await get('/me/top/tracks')).status).toBe(200);
  });

  it('leaves out every CORS header when cors is false', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', kind: 'status', status: 429, retryAfter: 2, cors: false });
    const response = await get('/me');
    expect(response.status).toBe(429);
    expect([...response.headers.keys()].filter((name) => name.startsWith('access-control'))).toEqual([]);
  });

  it('drops the connection for a network fault', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', kind: 'network' });
    const response = await get('/me');
    expect(response.type).toBe('error');
    expect(emulator.log.at(-1)).toMatchObject({ status: 0, faulted: true });
  });

  it("drops the browser's immediate resend of a dropped request too, but not a later retry", async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', kind: 'network' });
    expect((await get('/me')).type).toBe('error');
    expect((await get('/me/top/tracks')).status).toBe(200);
    expect((await get('/me')).type).toBe('error');
    expect(emulator.log.filter((e) => e.service === 'api').map((e) => [e.path, e.status])).toEqual([
      ['/me', 0],
      ['/me/top/tracks', 200],
      ['/me', 0],
    ]);
    await new Promise((resolve) => setTimeout(resolve, BROWSER_RESEND_WINDOW_MS + 20));
    expect((await get('/me')).status).toBe(200);
  });

  it('hits `times` matching requests, in order, then stops; other paths and methods pass', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', path: '/me/top', kind: 'status', status: 503, times: 2 });
    emulator.injectFault({ target: 'api', path: '/me/top', kind: 'status', status: 500 });
    emulator.injectFault({ target: 'api', path: '/me', method: 'POST', kind: 'status', status: 502 });
    expect((await get('/me')).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('/me/top/artists')).status);
    expect(statuses).toEqual([503, 503, 500, 200]);
  });

  it('never faults a preflight, so the browser meets the fault on the real request', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', kind: 'status', status: 500 });
    const preflight = await emulator.api(
      new Request(`${API}/me`, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } }),
    );
    expect(preflight.status).toBe(200);
    expect((await get('/me')).status).toBe(500);
  });

  it('serves truncated JSON for malformed-json', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', path: '/me/top/tracks', kind: 'malformed-json' });
    const response = await get('/me/top/tracks');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text.startsWith('{"href":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('removes required fields for missing-field', async () => {
    const { emulator, get } = await ready();
    emulator.injectFault({ target: 'api', path: '/me/top/tracks', kind: 'missing-field' });
    const page = (await (await get('/me/top/tracks')).json()) as { items: Record<string, unknown>[]; total: number };
    expect(page.total).toBe(100);
    expect(page.items[0]).not.toHaveProperty('id');
    expect(page.items[0]).not.toHaveProperty('name');
    expect(page.items[0]).toHaveProperty('album');
    emulator.injectFault({ target: 'api', path: '/me', kind: 'missing-field' });
    expect(await (await get('/me')).json()).not.toHaveProperty('id');
  });

  it('faults the token endpoint with RFC 6749 JSON', async () => {
    const { emulator, tokens } = await ready();
    emulator.injectFault({ target: 'accounts', path: '/api/token', kind: 'status', status: 503, retryAfter: 3 });
    const response = await refresh(emulator, tokens.refresh_token);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('3');
    expect(((await response.json()) as { error: string }).error).toBe('temporarily_unavailable');
    expect((await refresh(emulator, tokens.refresh_token)).status).toBe(200);
    expect(emulator.log.slice(-2)).toEqual([
      expect.objectContaining({ grantType: 'refresh_token', status: 503, faulted: true }),
      expect.objectContaining({ grantType: 'refresh_token', status: 200 }),
    ]);
  });

  it('answers a status fault with the given message: an honest "Insufficient client scope" 403', async () => {
    const { emulator, get, tokens } = await ready();
    emulator.injectFault({
      target: 'api',
      path: '/me/top',
      kind: 'status',
      status: 403,
      message: 'Insufficient client scope',
    });
    const response = await get('/me/top/artists');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
    emulator.injectFault({ target: 'accounts', kind: 'status', status: 400, reason: 'invalid_grant', message: 'Gone' });
    expect(await (await refresh(emulator, tokens.refresh_token)).json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Gone',
    });
  });

  it('rejects malformed faults', () => {
    const emulator = testEmulator();
    expect(() => emulator.injectFault({ target: 'cdn', kind: 'status', status: 500 } as never)).toThrow(TypeError);
    expect(() => emulator.injectFault({ target: 'api', kind: 'status' })).toThrow(/status/);
    expect(() => emulator.injectFault({ target: 'api', kind: 'network', times: 0 })).toThrow(/times/);
    expect(() => emulator.injectFault({ target: 'api', kind: 'status', status: 403, message: '' })).toThrow(/message/);
  });
});

describe('control API', () => {
  const call = (emulator: ReturnType<typeof testEmulator>, method: string, path: string, body?: unknown) =>
    emulator.control(
      new Request(`${ACCOUNTS}/__control${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      }),
    );

  it('reads and patches config, validating it', async () => {
    const emulator = testEmulator();
    const patched = await call(emulator, 'PATCH', '/config', { devMode: true, latencyMs: 5 });
    expect(patched.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(await patched.json()).toMatchObject({ devMode: true, latencyMs: 5, accessTokenLifetime: 3600 });
    expect(await (await call(emulator, 'GET', '/config')).json()).toMatchObject({ devMode: true });
    const bad = await call(emulator, 'PATCH', '/config', { dataset: 'huge' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/dataset/);
    expect((await call(emulator, 'PATCH', '/config', { colour: 'red' })).status).toBe(400);
  });

  it('injects faults, filters and clears the log, advances the clock, revokes refresh tokens and resets', async () => {
    const emulator = testEmulator();
    const tokens = await signIn(emulator);
    expect((await call(emulator, 'POST', '/faults', { target: 'api', kind: 'status', status: 500 })).status).toBe(201);
    expect((await apiGet(emulator, '/me', tokens.access_token)).status).toBe(500);

    const apiLog = (await (await call(emulator, 'GET', '/log?service=api&path=/me')).json()) as { path: string }[];
    expect(apiLog.map((e) => e.path)).toEqual(['/me']);
    const tokenLog = (await (await call(emulator, 'GET', '/log?path=/api/token')).json()) as { grantType: string }[];
    expect(tokenLog.map((e) => e.grantType)).toEqual(['authorization_code']);
    await call(emulator, 'DELETE', '/log');
    expect(emulator.log).toEqual([]);

    expect(await (await call(emulator, 'POST', '/clock/advance', { seconds: 3600 })).json()).toMatchObject({
      offsetSeconds: 3600,
    });
    expect((await apiGet(emulator, '/me', tokens.access_token)).status).toBe(401);
    expect((await call(emulator, 'POST', '/clock/advance', { seconds: -1 })).status).toBe(400);

    expect(await (await call(emulator, 'POST', '/revoke-refresh-tokens')).json()).toEqual({ revoked: 1 });
    expect((await refresh(emulator, tokens.refresh_token)).status).toBe(400);

    await call(emulator, 'PATCH', '/config', { dataset: 'empty' });
    emulator.injectFault({ target: 'api', kind: 'network' });
    expect((await call(emulator, 'POST', '/reset')).status).toBe(200);
    expect(emulator.config.dataset).toBe('default');
    expect(emulator.log).toEqual([]);
    // Tokens are gone, the clock is back, and the fault queue is empty.
    const fresh = await signIn(emulator);
    expect((await apiGet(emulator, '/me', fresh.access_token)).status).toBe(200);
    expect((await apiGet(emulator, '/me', tokens.access_token)).status).toBe(401);
  });

  it('answers preflights and unknown endpoints', async () => {
    const emulator = testEmulator();
    const preflight = await call(emulator, 'OPTIONS', '/config');
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('PATCH');
    expect((await call(emulator, 'GET', '/nope')).status).toBe(404);
    expect((await call(emulator, 'POST', '/faults', 'not json')).status).toBe(400);
  });
});
