// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { API_ALLOW_HEADERS } from './cors';
import { API, apiGet, IMAGES, signIn, testEmulator } from './test-support';

// Assertions read arbitrary response JSON; the expectations are the type check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function signedIn(scope?: string) {
  const emulator = testEmulator();
  const { access_token: token } = await signIn(emulator, scope);
  return { emulator, token, get: async (path: string) => apiGet(emulator, path, token) };
}

async function errorOf(response: Response) {
  expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  return { status: response.status, body: (await response.json()) as Json };
}

describe('bearer tokens and scopes', () => {
  it('answers 401 with Spotify error JSON for a missing, unknown or expired token', async () => {
    const emulator = testEmulator();
    const { access_token: token } = await signIn(emulator);
    expect(await errorOf(await apiGet(emulator, '/me'))).toEqual({
      status: 401,
      body: { error: { status: 401, message: 'No token provided' } },
    });
    expect((await errorOf(await apiGet(emulator, '/me', 'BQnope'))).body.error.message).toBe('Invalid access token');
    emulator.advanceClock(3599);
    expect((await apiGet(emulator, '/me', token)).status).toBe(200);
    emulator.advanceClock(1);
    expect(await errorOf(await apiGet(emulator, '/me', token))).toEqual({
      status: 401,
      body: { error: { status: 401, message: 'The access token expired' } },
    });
  });

  it('needs user-top-read for top items, and no scope for /me or artists', async () => {
    const { get } = await signedIn('');
    expect(await errorOf(await get('/me/top/tracks'))).toEqual({
      status: 403,
      body: { error: { status: 403, message: 'Insufficient client scope' } },
    });
    expect((await get('/me')).status).toBe(200);
    const artistId = ((await (await signedIn()).get('/me/top/artists').then((r) => r.json())) as Json).items[0].id;
    expect((await get(`/artists/${artistId}`)).status).toBe(200);
  });

  it('answers 403 for a user missing from a development-mode app', async () => {
    const { emulator, get } = await signedIn();
    emulator.configure({ unregisteredUser: true });
    expect(await errorOf(await get('/me'))).toEqual({
      status: 403,
      body: {
        error: {
          status: 403,
          message: 'Check settings on developer.spotify.com/dashboard, the user may not be registered.',
        },
      },
    });
  });

  it('answers unknown paths, wrong methods and malformed ids', async () => {
    const { emulator, token, get } = await signedIn();
    expect(await errorOf(await get('/me/player'))).toEqual({
      status: 404,
      body: { error: { status: 404, message: 'Service not found' } },
    });
    const post = await emulator.api(
      new Request(`${API}/me`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(post.status).toBe(405);
    expect((await errorOf(await get('/artists/not-an-id'))).body.error).toEqual({
      status: 400,
      message: 'Invalid base62 id',
    });
    expect((await errorOf(await get('/artists/0000000000000000000000'))).body.error).toEqual({
      status: 404,
      message: 'Resource not found',
    });
  });
});

describe('/me and artists', () => {
  it('returns the full user object', async () => {
    const me = (await (await (await signedIn()).get('/me')).json()) as Json;
    expect(me).toMatchObject({
      id: 'demo-listener',
      display_name: 'Demo Listener',
      type: 'user',
      uri: 'spotify:user:demo-listener',
      external_urls: { spotify: 'https://open.spotify.com/user/demo-listener' },
      country: 'SE',
      email: 'demo.listener@example.com',
      product: 'premium',
      followers: { href: null, total: 12 },
      explicit_content: { filter_enabled: false, filter_locked: false },
    });
    expect(me.account_id).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(me.images.map((i: Json) => i.width)).toEqual([300, 64]);
    expect(me.images[0].url).toMatch(new RegExp(`^${IMAGES}/image/[0-9a-f]{40}$`));
  });

  it('returns a full artist', async () => {
    const { get } = await signedIn();
    const top = (await (await get('/me/top/artists?limit=1')).json()) as Json;
    const artist = (await (await get(`/artists/${top.items[0].id}`)).json()) as Json;
    expect(artist).toEqual(top.items[0]);
    expect(Object.keys(artist).sort()).toEqual(
      ['external_urls', 'followers', 'genres', 'href', 'id', 'images', 'name', 'popularity', 'type', 'uri'].sort(),
    );
    expect(artist.href).toBe(`${API}/artists/${artist.id}`);
    expect(artist.images.map((i: Json) => i.width)).toEqual([640, 320, 160]);
  });
});

describe('top items paging', () => {
  it('defaults to medium_term, 20 items, offset 0, with absolute next and no previous, in Spotify’s order', async () => {
    const page = (await (await (await signedIn()).get('/me/top/tracks')).json()) as Json;
    expect(page).toMatchObject({ limit: 20, offset: 0, total: 100, previous: null });
    expect(page.items).toHaveLength(20);
    // Offset, then limit, then the rest, however the request ordered them.
    expect(page.href).toBe(`${API}/me/top/tracks?offset=0&limit=20&time_range=medium_term`);
    expect(page.next).toBe(`${API}/me/top/tracks?offset=20&limit=20&time_range=medium_term`);
    const asked = (await (
      await (await signedIn()).get('/me/top/artists?time_range=short_term&limit=5&offset=5')
    ).json()) as Json;
    expect(asked.href).toBe(`${API}/me/top/artists?offset=5&limit=5&time_range=short_term`);
    expect(asked.previous).toBe(`${API}/me/top/artists?offset=0&limit=5&time_range=short_term`);
  });

  it('follows next links to the end of the list, with no repeats', async () => {
    const { get } = await signedIn();
    const seen: string[] = [];
    let url: string | null = `${API}/me/top/tracks?time_range=long_term&limit=50`;
    while (url) {
      const page = (await (await get(url.slice(API.length))).json()) as Json;
      seen.push(...page.items.map((t: Json) => t.id));
      if (page.offset > 0)
        expect(page.previous).toBe(`${API}/me/top/tracks?offset=${page.offset - 50}&limit=50&time_range=long_term`);
      url = page.next;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('serves an empty page past the end', async () => {
    const page = (await (
      await (await signedIn()).get('/me/top/artists?time_range=short_term&offset=30')
    ).json()) as Json;
    expect(page).toMatchObject({ items: [], total: 30, next: null, offset: 30 });
  });

  it.each([
    ['time_range=all_time', 'Invalid time range'],
    ['limit=0', 'Invalid limit'],
    ['limit=51', 'Invalid limit'],
    ['limit=abc', 'Invalid limit'],
    ['limit=', 'Invalid limit'],
    ['offset=-1', 'Invalid offset'],
    ['offset=1.5', 'Invalid offset'],
  ])('rejects %s with 400 "%s"', async (query, message) => {
    const response = await (await signedIn()).get(`/me/top/tracks?${query}`);
    expect(await errorOf(response)).toEqual({ status: 400, body: { error: { status: 400, message } } });
  });

  it('accepts limit 1 and 50', async () => {
    const { get } = await signedIn();
    expect(((await (await get('/me/top/artists?limit=1')).json()) as Json).items).toHaveLength(1);
    expect(((await (await get('/me/top/artists?limit=50&time_range=long_term')).json()) as Json).items).toHaveLength(
      50,
    );
  });

  it('returns full tracks with album, artists and extras, and a null preview_url', async () => {
    const page = (await (await (await signedIn()).get('/me/top/tracks?limit=50')).json()) as Json;
    const track = page.items[0];
    expect(track).toMatchObject({ type: 'track', is_local: false, disc_number: 1, preview_url: null });
    expect(track.uri).toBe(`spotify:track:${track.id}`);
    expect(track.external_urls.spotify).toBe(`https://open.spotify.com/track/${track.id}`);
    expect(track.external_ids.isrc).toMatch(/^[A-Z]{2}[A-Z0-9]{3}\d{7}$/);
    expect(track.popularity).toEqual(expect.any(Number));
    expect(track.available_markets.length).toBeGreaterThan(0);
    expect(track.album).toMatchObject({ type: 'album', label: expect.any(String), total_tracks: expect.any(Number) });
    expect(track.album.images.map((i: Json) => i.width)).toEqual([640, 300, 64]);
    expect(track.album.release_date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(page.items.some((t: Json) => t.artists.length > 1)).toBe(true);
  });
});

describe('development mode', () => {
  it('strips the fields Spotify removes for development-mode apps, and keeps the rest', async () => {
    const { emulator, get } = await signedIn();
    emulator.configure({ devMode: true });
    const track = ((await (await get('/me/top/tracks?limit=1')).json()) as Json).items[0];
    for (const field of ['popularity', 'available_markets', 'linked_from']) expect(track).not.toHaveProperty(field);
    for (const field of ['label', 'popularity', 'available_markets', 'album_group'])
      expect(track.album).not.toHaveProperty(field);
    expect(track.external_ids.isrc).toEqual(expect.any(String));
    expect(track.preview_url).toBeNull();
    expect(track.album.images).toHaveLength(3);

    const artist = ((await (await get('/me/top/artists?limit=1')).json()) as Json).items[0];
    for (const field of ['followers', 'popularity', 'genres']) expect(artist).not.toHaveProperty(field);
    expect(artist.images).toHaveLength(3);
    expect(await (await get(`/artists/${artist.id}`)).json()).toEqual(artist);

    const me = (await (await get('/me')).json()) as Json;
    for (const field of ['country', 'email', 'explicit_content', 'followers', 'product'])
      expect(me).not.toHaveProperty(field);
    expect(me).toMatchObject({ id: 'demo-listener', display_name: 'Demo Listener' });
  });
});

describe('CORS', () => {
  it('answers preflights like Spotify, with the configured max-age, and logs them', async () => {
    const emulator = testEmulator({ config: { corsMaxAge: 600 } });
    const response = await emulator.api(
      new Request(`${API}/me/top/tracks`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://127.0.0.1:5173',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control')))).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, POST, OPTIONS, PUT, DELETE, PATCH',
      'access-control-allow-headers': API_ALLOW_HEADERS,
      'access-control-max-age': '600',
    });
    expect(API_ALLOW_HEADERS).toContain('Authorization');
    expect(emulator.log).toEqual([
      expect.objectContaining({ service: 'api', path: '/me/top/tracks', preflight: true, status: 200 }),
    ]);
  });

  it('puts CORS headers on successes and errors, exposing Retry-After', async () => {
    const { get } = await signedIn();
    for (const response of [await get('/me'), await get('/nope'), await get('/me/top/tracks?limit=99')]) {
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    }
  });
});

describe('latency', () => {
  it('delays API answers and preflights by latencyMs', async () => {
    const { emulator, get } = await signedIn();
    emulator.configure({ latencyMs: 120 });
    let started = performance.now();
    await get('/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    started = performance.now();
    await emulator.api(
      new Request(`${API}/me`, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } }),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('delays images by latencyMs too, as a CDN across the network does', async () => {
    const { emulator, get } = await signedIn();
    const me = (await (await get('/me')).json()) as Json;
    emulator.configure({ latencyMs: 120 });
    const started = performance.now();
    const image = await emulator.images(new Request(me.images[0].url as string));
    expect(image.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('playlists', () => {
  const post = (emulator: ReturnType<typeof testEmulator>, path: string, token: string, body: unknown) =>
    emulator.api(
      new Request(`${API}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );

  async function withPlaylistScope(scope = 'user-top-read playlist-modify-private') {
    const { emulator, token, get } = await signedIn(scope);
    const top = ((await (await get('/me/top/tracks?time_range=long_term&limit=50')).json()) as Json).items.map(
      (t: Json) => t.uri as string,
    );
    return { emulator, token, top };
  }

  it('creates a private playlist owned by the user, with playlist-modify-private', async () => {
    const { emulator, token } = await withPlaylistScope();
    const response = await post(emulator, '/me/playlists', token, { name: 'Top', description: 'd', public: false });
    expect(response.status).toBe(201);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const playlist = (await response.json()) as Json;
    expect(playlist).toMatchObject({
      name: 'Top',
      description: 'd',
      public: false,
      type: 'playlist',
      owner: { id: 'demo-listener' },
      followers: { href: null, total: 0 },
    });
    // A full paging object under both names (Spotify renamed `tracks` to `items`).
    for (const name of ['items', 'tracks'] as const) {
      expect(playlist[name]).toEqual({
        href: `${API}/playlists/${playlist.id}/${name}`,
        items: [],
        limit: 100,
        next: null,
        offset: 0,
        previous: null,
        total: 0,
      });
    }
    expect(playlist.id).toMatch(/^[0-9A-Za-z]{22}$/);
    expect(playlist.uri).toBe(`spotify:playlist:${playlist.id}`);
    expect(playlist.external_urls.spotify).toBe(`https://open.spotify.com/playlist/${playlist.id}`);
    expect(playlist.snapshot_id).toEqual(expect.any(String));
    expect(emulator.playlists).toMatchObject([{ id: playlist.id, name: 'Top', public: false, uris: [] }]);
  });

  it('needs the modify scope for the visibility asked for (public is the default)', async () => {
    const { emulator, token } = await withPlaylistScope('user-top-read');
    expect(await errorOf(await post(emulator, '/me/playlists', token, { name: 'Top', public: false }))).toEqual({
      status: 403,
      body: { error: { status: 403, message: 'Insufficient client scope' } },
    });
    const privateOnly = await withPlaylistScope();
    expect((await post(privateOnly.emulator, '/me/playlists', privateOnly.token, { name: 'Top' })).status).toBe(403);
    expect(privateOnly.emulator.playlists).toEqual([]);
    emulator.reset();
  });

  it('refuses a body that is not JSON or has no name', async () => {
    const { emulator, token } = await withPlaylistScope();
    expect((await errorOf(await post(emulator, '/me/playlists', token, 'name=Top'))).body.error).toEqual({
      status: 400,
      message: 'Error parsing JSON.',
    });
    expect((await errorOf(await post(emulator, '/me/playlists', token, { public: false }))).body.error).toEqual({
      status: 400,
      message: 'Missing required field: name',
    });
    expect(emulator.playlists).toEqual([]);
  });

  it('adds known track URIs in order, at most 100 per request', async () => {
    const { emulator, token, top } = await withPlaylistScope();
    const { id } = (await (
      await post(emulator, '/me/playlists', token, { name: 'Top', public: false })
    ).json()) as Json;
    const first = await post(emulator, `/playlists/${id}/items`, token, { uris: top.slice(0, 30) });
    expect(first.status).toBe(201);
    const { snapshot_id: snapshot } = (await first.json()) as Json;
    expect(snapshot).toEqual(expect.any(String));
    const second = await post(emulator, `/playlists/${id}/items`, token, { uris: top.slice(30) });
    expect(((await second.json()) as Json).snapshot_id).not.toBe(snapshot);
    expect(emulator.playlists[0]).toMatchObject({ uris: top, addRequests: 2 });

    const tooMany = Array.from({ length: 101 }, (_, i) => top[i % top.length]);
    expect(
      (await errorOf(await post(emulator, `/playlists/${id}/items`, token, { uris: tooMany }))).body.error,
    ).toEqual({ status: 400, message: 'You can add a maximum of 100 tracks per request.' });
    const unknown = await post(emulator, `/playlists/${id}/items`, token, {
      uris: ['spotify:track:0000000000000000000000'],
    });
    expect((await errorOf(unknown)).body.error.message).toBe('Invalid track uri');
    expect((await post(emulator, `/playlists/${id}/items`, token, { uris: ['spotify:artist:x'] })).status).toBe(400);
    expect((await post(emulator, `/playlists/${id}/items`, token, { uris: [] })).status).toBe(400);
    expect(emulator.playlists[0]!.uris).toEqual(top);
  });

  it("answers 404 for a playlist that doesn't exist, and 403 without the scope", async () => {
    const { emulator, token, top } = await withPlaylistScope();
    expect((await post(emulator, '/playlists/0000000000000000000000/items', token, { uris: top })).status).toBe(404);
    const { id } = (await (
      await post(emulator, '/me/playlists', token, { name: 'Top', public: false })
    ).json()) as Json;
    const other = await signIn(emulator, 'user-top-read');
    expect(
      (await errorOf(await post(emulator, `/playlists/${id}/items`, other.access_token, { uris: top.slice(0, 1) })))
        .body.error.message,
    ).toBe('Insufficient client scope');
  });

  it('allows POST with Content-Type in the preflight, 405 for GET on the create endpoint, and reset forgets playlists', async () => {
    const { emulator, token } = await withPlaylistScope();
    const preflight = await emulator.api(
      new Request(`${API}/me/playlists`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'http://127.0.0.1:5173',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      }),
    );
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Content-Type');
    expect((await apiGet(emulator, '/me/playlists', token)).status).toBe(405);
    await post(emulator, '/me/playlists', token, { name: 'Top', public: false });
    const listed = await emulator.control(new Request('https://accounts.test/__control/playlists'));
    expect(((await listed.json()) as Json[]).map((p) => p.name)).toEqual(['Top']);
    emulator.reset();
    expect(emulator.playlists).toEqual([]);
  });
});
