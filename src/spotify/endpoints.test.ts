import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../auth/token-store';
import { config } from '../config';
import { getArtist, getCurrentUser, getUsersTopItems, TOP_ITEMS_PAGE_LIMIT } from './endpoints';
import { SpotifyError } from './errors';

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
  writeSession({
    accessToken: 'access-1',
    obtainedAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
    refreshToken: 'refresh-1',
    scopes: ['user-top-read'],
    clientId: 'client-1',
  });
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
