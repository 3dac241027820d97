import { describe, expect, it } from 'vitest';
import type { Artist, Track } from '../../spotify/types';
import { artistShare, decades, genres } from './chart-data';

const artist = (id: string, genreList?: string[]): Artist => ({
  id,
  name: id.toUpperCase(),
  uri: `spotify:artist:${id}`,
  images: [],
  external_urls: {},
  ...(genreList ? { genres: genreList } : {}),
});
const track = (id: string, released: string | undefined, artistIds: string[]): Track => ({
  id,
  name: id,
  uri: `spotify:track:${id}`,
  duration_ms: 1,
  external_urls: {},
  album: {
    id: `al-${id}`,
    name: 'x',
    uri: 'x',
    images: [],
    external_urls: {},
    artists: [],
    ...(released ? { release_date: released } : {}),
  },
  artists: artistIds.map((a) => ({ id: a, name: a, uri: a, external_urls: {} })),
});

describe('decades', () => {
  it('counts tracks per decade from any release-date precision, oldest first, skipping unknown dates', () => {
    const tracks = [
      track('1', '1987', ['a']),
      track('2', '1989-06', ['a']),
      track('3', '2021-01-02', ['a']),
      track('4', undefined, ['a']),
    ];
    expect(decades(tracks)).toEqual([
      { decade: 1980, value: 2 },
      { decade: 2020, value: 1 },
    ]);
  });
});

describe('artistShare', () => {
  it('credits each track once, to its first artist among the top artists, so the bars add up to the tracks', () => {
    const tracks = [
      track('1', '2020', ['a']),
      track('2', '2020', ['a', 'b']),
      track('3', '2020', ['c']),
      track('4', '2020', ['c', 'b']),
    ];
    const bars = artistShare(tracks, [artist('a'), artist('b'), artist('z')]);
    expect(bars).toEqual([{ name: 'A', value: 2 }, { name: 'B', value: 1 }, { value: 1 }]);
    expect(bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(tracks.length);
  });

  it("sums the artists beyond the limit into one nameless bar, ties in the artists' rank order", () => {
    const tracks = [track('1', '2020', ['b']), track('2', '2020', ['a']), track('3', '2020', ['c'])];
    expect(artistShare(tracks, [artist('a'), artist('b'), artist('c')], 2)).toEqual([
      { name: 'A', value: 1 },
      { name: 'B', value: 1 },
      { value: 1 },
    ]);
  });
});

describe('genres', () => {
  it('counts the top artists carrying each genre, ties to the higher-ranked artist, empty when development mode strips them', () => {
    const artists = [
      artist('a', ['pop', 'rock']),
      artist('b', ['rock', 'rock']),
      artist('c', ['jazz', 'pop']),
      artist('d', ['folk']),
    ];
    expect(genres(artists)).toEqual([
      { label: 'pop', value: 2 },
      { label: 'rock', value: 2 },
      { label: 'jazz', value: 1 },
      { label: 'folk', value: 1 },
    ]);
    expect(genres(artists, 1)).toEqual([{ label: 'pop', value: 2 }]);
    expect(genres([artist('a'), artist('b')])).toEqual([]);
  });
});
