import { describe, expect, it } from 'vitest';
import type { Artist, Track } from '../../spotify/types';
import { artistRanks, tracksByArtist, type RangeLists } from './artist-in-lists';
import { describeRank } from './artist-ranks';

const artist = (id: string): Artist => ({ id, name: id, uri: `spotify:artist:${id}`, external_urls: {}, images: [] });
const track = (id: string, ...artistIds: string[]): Track => ({
  id,
  name: id,
  uri: `spotify:track:${id}`,
  duration_ms: 1000,
  external_urls: {},
  album: { id: 'al', name: 'Album', uri: 'spotify:album:al', images: [], external_urls: {}, artists: [] },
  artists: artistIds.map((a) => ({ id: a, name: a, uri: `spotify:artist:${a}`, external_urls: {} })),
});

describe('artistRanks', () => {
  it('says the rank where the artist is, and honestly where it is not: the whole list, or only the part loaded', () => {
    const lists: RangeLists<Artist> = {
      short_term: { items: [artist('x'), artist('a'), artist('y')], complete: true },
      medium_term: { items: [artist('x'), artist('y')], complete: true },
      long_term: { items: [artist('y'), artist('x')], complete: false },
    };
    expect(artistRanks('a', lists).map(describeRank)).toEqual([
      '#2 in the last 4 weeks',
      'Not in your top artists of the last 6 months',
      'Not in your top 2 of the last year',
    ]);
    expect(artistRanks('y', { ...lists, medium_term: undefined }).map(describeRank)).toEqual([
      '#3 in the last 4 weeks',
      "Couldn't check the last 6 months",
      '#1 in the last year',
    ]);
  });
});

describe('tracksByArtist', () => {
  it("lists each of the artist's tracks once, lead or featured, with its rank per range, shortest range first", () => {
    const lists: RangeLists<Track> = {
      short_term: { items: [track('t1', 'b'), track('t2', 'a'), track('t3', 'b', 'a')], complete: true },
      medium_term: { items: [track('t3', 'b', 'a'), track('t4', 'a')], complete: false },
      long_term: undefined,
    };
    const found = tracksByArtist('a', lists);
    expect(found.map(({ track, ranks }) => [track.id, ranks])).toEqual([
      ['t2', { short_term: 2 }],
      ['t3', { short_term: 3, medium_term: 1 }],
      ['t4', { medium_term: 2 }],
    ]);
    expect(tracksByArtist('nobody', lists)).toEqual([]);
  });

  it('puts a track of a shorter range before a better-ranked one of a longer range', () => {
    const lists: RangeLists<Track> = {
      short_term: { items: [track('x', 'z'), track('y', 'z'), track('recent', 'a')], complete: true },
      medium_term: undefined,
      long_term: { items: [track('older', 'a')], complete: true },
    };
    expect(tracksByArtist('a', lists).map(({ track }) => track.id)).toEqual(['recent', 'older']);
  });
});
