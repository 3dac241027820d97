// @vitest-environment node
import { request, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_RESEND_WINDOW_MS } from '../emulator.ts';
import { CHALLENGE, VERIFIER } from '../test-support.ts';
import { startEmulatorServers, type EmulatorServers } from './servers.ts';

let servers: EmulatorServers | undefined;
afterEach(async () => {
  await servers?.close();
  servers = undefined;
});

const start = () => startEmulatorServers({ accountsPort: 0, apiPort: 0, imagesPort: 0 });

describe('emulator servers', () => {
  it('signs in and serves the API and images over real HTTP, on three origins sharing one state', async () => {
    servers = await start();
    const { urls } = servers;
    expect(new Set([urls.accounts, new URL(urls.api).origin, urls.images]).size).toBe(3);
    const authorize = new URL(`${urls.accounts}/authorize`);
    authorize.search = new URLSearchParams({
      client_id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:4173/account',
      scope: 'user-top-read',
      code_challenge_method: 'S256',
      code_challenge: CHALLENGE,
      state: 's',
    }).toString();
    const page = await fetch(authorize);
    expect(page.status).toBe(200);
    const fields = Object.fromEntries(
      [...(await page.text()).matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [
        m[1]!,
        m[2]!.replace(/&#43;/g, '+'),
      ]),
    );
    const consent = await fetch(`${urls.accounts}/authorize/consent`, {
      method: 'POST',
      body: new URLSearchParams({ ...fields, decision: 'agree' }),
      redirect: 'manual',
    });
    expect(consent.status).toBe(302);
    const code = new URL(consent.headers.get('Location')!).searchParams.get('code')!;
    const token = await fetch(`${urls.accounts}/api/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: 'http://127.0.0.1:4173/account',
        client_id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
        code_verifier: VERIFIER,
      }),
    });
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const me = await fetch(`${urls.api}/me`, { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(me.status).toBe(200);
    const { images } = (await me.json()) as { images: { url: string }[] };
    expect(images[0]!.url.startsWith(`${urls.images}/image/`)).toBe(true);
    expect((await fetch(images[0]!.url)).headers.get('Content-Type')).toBe('image/png');

    const log = (await (await fetch(`${urls.control}/log?path=/api/token`)).json()) as { grantType: string }[];
    expect(log.map((e) => e.grantType)).toEqual(['authorization_code']);
    expect((await fetch(`${urls.api.replace('/v1', '')}/me`)).status).toBe(404);
  });

  it('drops the connection for a network fault', async () => {
    servers = await start();
    const injected = await fetch(`${servers.urls.control}/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ target: 'api', kind: 'network' }),
    });
    expect(injected.status).toBe(201);
    await expect(fetch(`${servers.urls.api}/me`)).rejects.toThrow();
    // Past the window in which a browser's silent resend is dropped too, the fault is spent.
    await new Promise((resolve) => setTimeout(resolve, BROWSER_RESEND_WINDOW_MS + 20));
    expect((await fetch(`${servers.urls.api}/me`)).status).toBe(401);
  });

  it('compresses text for clients that accept gzip, as Spotify does, and only for them', async () => {
    servers = await start();
    const url = new URL(`${servers.urls.accounts}/authorize`);
    url.search = new URLSearchParams({
      client_id: 'c0ffee00c0ffee00c0ffee00c0ffee00',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:4173/account',
      code_challenge_method: 'S256',
      code_challenge: CHALLENGE,
    }).toString();
    const get = (encoding: string | undefined) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        request(url, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const plain = await get(undefined);
    const zipped = await get('gzip, deflate, br');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain('<form');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });
});
