import { describe, expect, it } from 'vitest';
import type { Artist, Track } from '../../spotify/types';
import { artistsToCsv, artistsToJson, tracksToCsv, tracksToJson } from './export-list';

const date = new Date('2026-11-29T10:00:00Z');
const track: Track = {
  id: 't1',
  name: 'Say "Hello", Again',
  uri: 'spotify:track:t1',
  duration_ms: 201000,
  explicit: true,
  external_ids: { isrc: 'GBXYZ2300001' },
  external_urls: { spotify: 'https://open.spotify.com/track/t1' },
  album: {
    id: 'al1',
    name: 'Årets album',
    uri: 'spotify:album:al1',
    release_date: '2024-05-01',
    images: [],
    artists: [],
    external_urls: {},
  },
  artists: [
    { id: 'a1', name: 'First', uri: 'spotify:artist:a1', external_urls: {} },
    { id: 'a2', name: 'Second', uri: 'spotify:artist:a2', external_urls: {} },
  ],
};
const strippedArtist: Artist = {
  id: 'a1',
  name: '=HYPERLINK("x")',
  uri: 'spotify:artist:a1',
  images: [],
  external_urls: {},
};

describe('track export', () => {
  it('writes every shown field plus the URI and ISRC, one row per track', () => {
    const file = tracksToCsv([track], 'short_term', date);
    expect(file.name).toBe('heavy-rotation-top-tracks-short-term-2026-11-29.csv');
    const lines = file.content
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'rank,name,artists,album,release_date,duration_ms,explicit,popularity,isrc,spotify_uri,spotify_url',
    );
    expect(lines[1]).toBe(
      '1,"Say ""Hello"", Again",First; Second,Årets album,2024-05-01,201000,true,,GBXYZ2300001,spotify:track:t1,https://open.spotify.com/track/t1',
    );
  });

  it('writes JSON with the range and the items in rank order', () => {
    const data = JSON.parse(
      tracksToJson([track, { ...track, id: 't2', uri: 'spotify:track:t2' }], 'long_term', date).content,
    );
    expect(data).toMatchObject({ type: 'tracks', time_range: 'long_term', exported_at: date.toISOString() });
    expect(data.items.map((i: { rank: number; uri: string }) => [i.rank, i.uri])).toEqual([
      [1, 'spotify:track:t1'],
      [2, 'spotify:track:t2'],
    ]);
    expect(data.items[0].isrc).toBe('GBXYZ2300001');
  });
});

describe('artist export', () => {
  it('leaves out what development mode strips, without "undefined"', () => {
    const file = artistsToCsv([strippedArtist], 'medium_term', date);
    expect(file.content).not.toContain('undefined');
    expect(file.content.trimEnd().split('\r\n')[1]).toBe(`1,"'=HYPERLINK(""x"")",,,,spotify:artist:a1,`);
    const data = JSON.parse(artistsToJson([strippedArtist], 'medium_term', date).content);
    expect(data.items[0]).toEqual({ rank: 1, name: '=HYPERLINK("x")', uri: 'spotify:artist:a1' });
  });
});
