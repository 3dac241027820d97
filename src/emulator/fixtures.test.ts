// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getCatalog, TIME_RANGES, TOP_SIZES, type Catalog, type TimeRange } from './fixtures';
import { base62Id, createRng } from './prng';
import { apiGet, signIn, testEmulator } from './test-support';

const catalog = getCatalog('default');
const top = catalog.top;

function overlap(a: readonly string[], b: readonly string[]) {
  const set = new Set(b);
  return a.filter((id) => set.has(id));
}

describe('catalogue', () => {
  it('has enough fictional artists, albums and tracks, with valid ids', () => {
    expect(catalog.artists.size).toBeGreaterThanOrEqual(60);
    expect(catalog.albums.size).toBeGreaterThanOrEqual(50);
    expect(catalog.tracks.size).toBeGreaterThanOrEqual(150);
    const ids = [...catalog.artists.keys(), ...catalog.albums.keys(), ...catalog.tracks.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{22}$/);
  });

  it('has realistic spreads: decades, precisions, durations, genres, features', () => {
    const albums = [...catalog.albums.values()];
    const decades = new Set(albums.map((a) => a.releaseDate.slice(0, 3)));
    expect([...decades].sort()).toEqual(expect.arrayContaining(['196', '197', '198', '199', '200', '201', '202']));
    expect(albums.filter((a) => Number(a.releaseDate.slice(0, 4)) >= 2010).length).toBeGreaterThan(albums.length / 2);
    expect(new Set(albums.map((a) => a.releaseDatePrecision))).toEqual(new Set(['year', 'month', 'day']));
    for (const track of catalog.tracks.values()) {
      expect(track.durationMs).toBeGreaterThanOrEqual(90_000);
      expect(track.durationMs).toBeLessThanOrEqual(420_000);
    }
    for (const artist of catalog.artists.values()) {
      expect(artist.genres.length).toBeGreaterThanOrEqual(1);
      expect(artist.genres.length).toBeLessThanOrEqual(3);
    }
    expect([...catalog.tracks.values()].filter((t) => t.artistIds.length > 1).length).toBeGreaterThan(20);
  });

  it('is the same on every build (seeded, not random)', () => {
    expect(base62Id('track:0')).toBe(base62Id('track:0'));
    expect(createRng('x').next()).toBe(createRng('x').next());
    // Pinned: a change here changes every fixture id, which e2e snapshots may rely on.
    expect([...catalog.tracks.keys()][0]).toBe(base62Id('track:0'));
    expect(top.tracks.short_term.slice(0, 3)).toEqual(getCatalog('default').top.tracks.short_term.slice(0, 3));
    expect(fingerprint(catalog)).toMatchInlineSnapshot(`
      {
        "artist0": "Silver Harbor",
        "firstLong": "Saffron Lagoon",
        "firstShort": "Honey Mirror - Remastered 2020",
        "tracks": 202,
      }
    `);
  });
});

function fingerprint(c: Catalog) {
  const first = (range: TimeRange) => c.tracks.get(c.top.tracks[range][0]!)!.name;
  return {
    tracks: c.tracks.size,
    firstShort: first('short_term'),
    firstLong: first('long_term'),
    artist0: [...c.artists.values()][0]!.name,
  };
}

describe('top lists', () => {
  it('have the designed lengths, without duplicates, from the catalogue', () => {
    for (const type of ['tracks', 'artists'] as const) {
      for (const range of TIME_RANGES) {
        const ids = top[type][range];
        expect(ids).toHaveLength(TOP_SIZES[type][range]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(catalog[type].has(id)).toBe(true);
      }
    }
    expect(TOP_SIZES.tracks).toEqual({ short_term: 60, medium_term: 100, long_term: 120 });
    expect(TOP_SIZES.artists).toEqual({ short_term: 30, medium_term: 50, long_term: 60 });
  });

  it('are ordered differently per range, with staples, newcomers and movers', () => {
    const { short_term: short, medium_term: medium, long_term: long } = top.tracks;
    const staples = overlap(overlap(short, medium), long);
    expect(staples.length).toBeGreaterThanOrEqual(20);
    const newcomers = short.filter((id) => !medium.includes(id) && !long.includes(id));
    expect(newcomers.length).toBeGreaterThanOrEqual(10);
    expect(long.filter((id) => !short.includes(id) && !medium.includes(id)).length).toBeGreaterThanOrEqual(10);
    // The same staples appear in a different order in each range.
    const order = (list: string[]) => list.filter((id) => staples.includes(id));
    expect(order(short)).not.toEqual(order(medium));
    expect(order(medium)).not.toEqual(order(long));
    expect(short.slice(0, 10)).not.toEqual(medium.slice(0, 10));
    for (const range of TIME_RANGES) expect(top.artists[range][0]).toBeDefined();
    expect(top.artists.short_term.slice(0, 10)).not.toEqual(top.artists.long_term.slice(0, 10));
  });

  it('rank artists consistently with the same range’s top tracks', () => {
    for (const range of TIME_RANGES) {
      const trackArtists = new Set(top.tracks[range].flatMap((id) => catalog.tracks.get(id)!.artistIds));
      const leaders = top.artists[range].slice(0, 20);
      expect(leaders.every((id) => trackArtists.has(id))).toBe(true);
    }
  });
});

describe('datasets', () => {
  it('empty: a brand-new account with no top items', async () => {
    const emulator = testEmulator({ config: { dataset: 'empty' } });
    const { access_token: token } = await signIn(emulator);
    for (const type of ['tracks', 'artists']) {
      const page = await (await apiGet(emulator, `/me/top/${type}?time_range=short_term`, token)).json();
      expect(page).toMatchObject({ items: [], total: 0, next: null, previous: null });
    }
    expect((await apiGet(emulator, '/me', token)).status).toBe(200);
  });

  it('hostile: markup in names and unsafe links, on the first page', async () => {
    const emulator = testEmulator({ config: { dataset: 'hostile' } });
    const { access_token: token } = await signIn(emulator);
    const text = await (await apiGet(emulator, '/me/top/tracks?time_range=short_term&limit=10', token)).text();
    for (const payload of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>']) {
      expect(text).toContain(JSON.stringify(payload).slice(1, -1));
    }
    for (const url of ['javascript:alert(1)', 'data:text/html,', 'http://example.invalid/x'])
      expect(text).toContain(url);
    const me = (await (await apiGet(emulator, '/me', token)).json()) as { display_name: string };
    expect(me.display_name).toContain('<img');
    // The default dataset stays clean.
    expect(JSON.stringify([...getCatalog('default').tracks.values()])).not.toContain('<');
  });
});
