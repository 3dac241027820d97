// Where an artist stands in the user's own top lists: its rank among the top artists of each
// range, and the top tracks it is on, with their ranks. Pure; from the pages already loaded.
import { TIME_RANGES, type Artist, type TimeRange, type Track } from '../../spotify/types';

/** One range's list as loaded so far: `complete` when it has no further page. Undefined while unknown. */
export interface LoadedList<T> {
  items: readonly T[];
  complete: boolean;
}

export type RangeLists<T> = Record<TimeRange, LoadedList<T> | undefined>;

export type ArtistRank =
  | { range: TimeRange; kind: 'ranked'; rank: number }
  /** Not among the `checked` items loaded; `complete` when those are the whole list. */
  | { range: TimeRange; kind: 'absent'; checked: number; complete: boolean }
  | { range: TimeRange; kind: 'unknown' };

export function artistRanks(artistId: string, lists: RangeLists<Artist>): ArtistRank[] {
  return TIME_RANGES.map((range): ArtistRank => {
    const list = lists[range];
    if (!list) return { range, kind: 'unknown' };
    const index = list.items.findIndex((artist) => artist.id === artistId);
    return index >= 0
      ? { range, kind: 'ranked', rank: index + 1 }
      : { range, kind: 'absent', checked: list.items.length, complete: list.complete };
  });
}

export interface ArtistTrack {
  track: Track;
  /** The track's rank in each range whose loaded list has it. */
  ranks: Partial<Record<TimeRange, number>>;
}

/**
 * The top tracks the artist is on (lead or featured), each once, with its rank in every range:
 * those of the 4-week list first in its order, then the rest of the 6-month list's, then the year's.
 */
export function tracksByArtist(artistId: string, lists: RangeLists<Track>): ArtistTrack[] {
  const byId = new Map<string, ArtistTrack>();
  for (const range of TIME_RANGES) {
    lists[range]?.items.forEach((track, index) => {
      if (!track.artists.some((artist) => artist.id === artistId)) return;
      const entry = byId.get(track.id) ?? { track, ranks: {} };
      entry.ranks[range] ??= index + 1;
      byId.set(track.id, entry);
    });
  }
  // Map order is insertion order: by range, then by rank within it.
  return [...byId.values()];
}
