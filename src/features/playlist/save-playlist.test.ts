import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSession } from '../../auth/token-store';
import { config } from '../../config';
import { savePlaylist, type SaveProgress } from './save-playlist';
import { testSession } from '../../test/session';

interface Sent {
  path: string;
  body: { name?: string; public?: boolean; uris?: string[] };
}

/** The Web API at the HTTP boundary: creates playlist p1; `failAt` makes that add-items request answer 503. */
function stubApi(failAt?: number) {
  const sent: Sent[] = [];
  let adds = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const path = String(input).slice(config.apiUrl.length);
      sent.push({ path, body: JSON.parse(String(init.body)) as Sent['body'] });
      const reply = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (path === '/me/playlists') return reply(201, { id: 'p1', name: 'Mix', uri: 'spotify:playlist:p1' });
      adds++;
      return adds === failAt
        ? reply(503, { error: { status: 503, message: 'Service unavailable' } })
        : reply(201, { snapshot_id: `s${adds}` });
    }),
  );
  return sent;
}

const uris = Array.from({ length: 250 }, (_, i) => `spotify:track:${String(i).padStart(22, '0')}`);

beforeEach(() => {
  writeSession(testSession({ scopes: ['user-top-read', 'playlist-modify-private'] }));
});

describe('savePlaylist', () => {
  it('creates one private playlist, then adds every URI in order in batches of at most 100, reporting progress', async () => {
    const sent = stubApi();
    const progress: number[] = [];
    await expect(
      savePlaylist({ name: 'Mix', description: 'd', uris, onProgress: (p) => progress.push(p.added) }),
    ).resolves.toMatchObject({ id: 'p1' });
    expect(sent[0]).toEqual({ path: '/me/playlists', body: { name: 'Mix', description: 'd', public: false } });
    const adds = sent.slice(1);
    expect(adds.map((s) => s.path)).toEqual(['/playlists/p1/items', '/playlists/p1/items', '/playlists/p1/items']);
    expect(adds.map((s) => s.body.uris!.length)).toEqual([100, 100, 50]);
    expect(adds.flatMap((s) => s.body.uris)).toEqual(uris);
    expect(progress).toEqual([0, 100, 200, 250]);
  });

  it('after a failure part-way, trying again carries on without a second playlist', async () => {
    let last: SaveProgress | undefined;
    const onProgress = (p: SaveProgress) => (last = p);
    const first = stubApi(2);
    await expect(savePlaylist({ name: 'Mix', description: 'd', uris, onProgress })).rejects.toMatchObject({
      status: 503,
    });
    expect(last).toMatchObject({ added: 100, playlist: { id: 'p1' } });
    expect(first.filter((s) => s.path === '/me/playlists')).toHaveLength(1);

    const retry = stubApi();
    await savePlaylist({ name: 'Mix', description: 'd', uris, resume: last, onProgress });
    expect(retry.map((s) => s.path)).not.toContain('/me/playlists');
    expect(retry.flatMap((s) => s.body.uris)).toEqual(uris.slice(100));
  });
});
