import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../auth/token-store';
import { config } from '../config';
import {
  addItemsToPlaylist,
  createPlaylist,
  getAllTopItems,
  getArtist,
  getCurrentUser,
  getUsersTopItems,
  TOP_ITEMS_PAGE_LIMIT,
} from './endpoints';
import { SpotifyError } from './errors';
import { testSession } from '../test/session';

function stubApi(body: unknown) {
  const urls: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      urls.push(new URL(String(input)));
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return urls;
}

const apiPath = (path: string) => new URL(`${config.apiUrl}${path}`).pathname;

const artist = { id: 'a1', name: 'Artist One', uri: 'spotify:artist:a1', external_urls: {}, images: [] };
const track = {
  id: 't1',
  name: 'Track One',
  uri: 'spotify:track:t1',
  duration_ms: 1000,
  artists: [{ id: 'a1', name: 'Artist One', uri: 'spotify:artist:a1' }],
  album: { id: 'al1', name: 'Album One', uri: 'spotify:album:al1' },
};
const page = (items: unknown[]) => ({
  href: '',
  items,
  limit: 50,
  offset: 0,
  total: items.length,
  next: null,
  previous: null,
});

beforeEach(() => {
  writeSession(testSession());
});

describe('getCurrentUser', () => {
  it('reads /me', async () => {
    const urls = stubApi({ id: 'u1', uri: 'spotify:user:u1', display_name: null });
    await expect(getCurrentUser()).resolves.toMatchObject({ id: 'u1', display_name: null });
    expect(urls[0]!.pathname).toBe(apiPath('/me'));
  });
});

describe('getUsersTopItems', () => {
  it('asks for the type, time range, limit and offset', async () => {
    const urls = stubApi(page([track]));
    await getUsersTopItems({ type: 'tracks', timeRange: 'short_term', limit: 20, offset: 40 });
    expect(urls[0]!.pathname).toBe(apiPath('/me/top/tracks'));
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({ time_range: 'short_term', limit: '20', offset: '40' });
  });

  it('asks for the largest page from the start by default', async () => {
    const urls = stubApi(page([]));
    await getUsersTopItems({ type: 'artists', timeRange: 'long_term' });
    expect(urls[0]!.pathname).toBe(apiPath('/me/top/artists'));
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({
      time_range: 'long_term',
      limit: String(TOP_ITEMS_PAGE_LIMIT),
      offset: '0',
    });
  });

  it.each([
    [0, '1'],
    [-3, '1'],
    [51, '50'],
    [500, '50'],
  ])('keeps a limit of %i within Spotify’s 1 to 50', async (limit, sent) => {
    const urls = stubApi(page([]));
    await getUsersTopItems({ type: 'tracks', timeRange: 'medium_term', limit });
    expect(urls[0]!.searchParams.get('limit')).toBe(sent);
  });

  it('parses tracks as tracks and artists as artists', async () => {
    stubApi(page([track]));
    const tracks = await getUsersTopItems({ type: 'tracks', timeRange: 'short_term' });
    expect(tracks.items[0]).toMatchObject({ id: 't1', duration_ms: 1000, album: { id: 'al1' } });

    stubApi(page([artist]));
    const artists = await getUsersTopItems({ type: 'artists', timeRange: 'short_term' });
    expect(artists.items[0]).toMatchObject({ id: 'a1', images: [] });
  });

  it('rejects a page of artists where tracks were asked for', async () => {
    stubApi(page([artist]));
    await expect(getUsersTopItems({ type: 'tracks', timeRange: 'short_term' })).rejects.toMatchObject({
      kind: 'invalid-response',
    });
    await expect(getUsersTopItems({ type: 'tracks', timeRange: 'short_term' })).rejects.toBeInstanceOf(SpotifyError);
  });
});

describe('getArtist', () => {
  it('reads /artists/{id}, encoding the id', async () => {
    const urls = stubApi(artist);
    await expect(getArtist('a1')).resolves.toMatchObject({ id: 'a1' });
    expect(urls[0]!.pathname).toBe(apiPath('/artists/a1'));
    await getArtist('../me?x=1');
    expect(urls[1]!.pathname).toBe(apiPath('/artists/..%2Fme%3Fx%3D1'));
    expect(urls[1]!.search).toBe('');
  });
});

describe('getAllTopItems', () => {
  const trackAt = (i: number) => ({ ...track, id: `t${i}`, uri: `spotify:track:t${i}` });

  it('continues after the loaded items until Spotify has no next page', async () => {
    const urls: URL[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input));
        urls.push(url);
        const offset = Number(url.searchParams.get('offset'));
        const items = Array.from({ length: Math.min(50, 120 - offset) }, (_, i) => trackAt(offset + i));
        const body = {
          href: '',
          items,
          limit: 50,
          offset,
          total: 120,
          previous: null,
          next: offset + 50 < 120 ? 'n' : null,
        };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const loaded = await getAllTopItems({ type: 'tracks', timeRange: 'long_term' });
    expect(loaded.map((t) => t.id)).toEqual(Array.from({ length: 120 }, (_, i) => `t${i}`));
    expect(urls.map((u) => u.searchParams.get('offset'))).toEqual(['0', '50', '100']);

    urls.length = 0;
    const resumed = await getAllTopItems({ type: 'tracks', timeRange: 'long_term', loaded: loaded.slice(0, 50) });
    expect(resumed.map((t) => t.id)).toEqual(loaded.map((t) => t.id));
    expect(urls.map((u) => u.searchParams.get('offset'))).toEqual(['50', '100']);
  });
});

describe('playlists', () => {
  function stubPost(body: unknown, status = 201) {
    const sent: { url: URL; method: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
        sent.push({ url: new URL(String(input)), method: init.method ?? 'GET', body: JSON.parse(String(init.body)) });
        return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    return sent;
  }

  it('creates a playlist for the current user with POST /me/playlists', async () => {
    const sent = stubPost({
      id: 'p1',
      name: 'Mix',
      uri: 'spotify:playlist:p1',
      public: false,
      external_urls: { spotify: 'https://open.spotify.com/playlist/p1' },
    });
    await expect(createPlaylist({ name: 'Mix', description: 'd', public: false })).resolves.toMatchObject({
      id: 'p1',
      public: false,
      external_urls: { spotify: 'https://open.spotify.com/playlist/p1' },
    });
    expect(sent[0]).toMatchObject({ method: 'POST', body: { name: 'Mix', description: 'd', public: false } });
    expect(sent[0]!.url.pathname).toBe(apiPath('/me/playlists'));
  });

  it('adds items with POST /playlists/{id}/items and refuses more than 100 at once', async () => {
    const sent = stubPost({ snapshot_id: 's2' });
    await expect(addItemsToPlaylist('p/1', ['spotify:track:t1'])).resolves.toEqual({ snapshot_id: 's2' });
    expect(sent[0]!.url.pathname).toBe(apiPath('/playlists/p%2F1/items'));
    expect(sent[0]!.body).toEqual({ uris: ['spotify:track:t1'] });
    expect(() =>
      addItemsToPlaylist(
        'p1',
        Array.from({ length: 101 }, (_, i) => `spotify:track:${i}`),
      ),
    ).toThrow(RangeError);
    expect(sent).toHaveLength(1);
  });
});
