// The lists movement badges compare: the top lists of every range, from the shared cache.
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { loadedItems, topItemsQueries } from '../../spotify/top-items-queries';
import { TIME_RANGES, type TimeRange, type TopItemType } from '../../spotify/types';
import { longerRange, movementFor, type ItemMovement } from './movement';

export interface MovementState {
  /** Per item id; empty until the ranges compared with are loaded. */
  movements: ReadonlyMap<string, ItemMovement>;
  /** The range the badges compare with: the next longer one; null on the longest, which only has staples. */
  longer: TimeRange | null;
  /** Every range is loaded (from cache or fetched): nothing more to ask for. */
  allLoaded: boolean;
  fetching: boolean;
  failed: boolean;
  retry: () => void;
}

/**
 * Movement of the items of `range`. The other ranges are read from the cache when they are
 * there; they are only fetched when `fetchOthers` is set (the user asked to compare), and only
 * after the list itself has loaded, so comparing never delays or competes with the list.
 * Only the pages already loaded count; a list is complete when it has no next page.
 */
export function useMovement(type: TopItemType, range: TimeRange, fetchOthers: boolean): MovementState {
  const listQuery = (r: TimeRange) => topItemsQueries.list(type, r);
  // The list itself has loaded: read from the cache, as the hook for its range below re-renders
  // this when it does (one observer per range, not a second one for the current range).
  const currentLoaded = useQueryClient().getQueryState(listQuery(range).queryKey)?.status === 'success';
  const enabled = (r: TimeRange) => r === range || (fetchOthers && currentLoaded);
  // One hook per range, always in the same order.
  const short = useInfiniteQuery({ ...listQuery('short_term'), enabled: enabled('short_term') });
  const medium = useInfiniteQuery({ ...listQuery('medium_term'), enabled: enabled('medium_term') });
  const long = useInfiniteQuery({ ...listQuery('long_term'), enabled: enabled('long_term') });
  const results = { short_term: short, medium_term: medium, long_term: long };

  const shortComplete = short.isSuccess && !short.hasNextPage;
  const mediumComplete = medium.isSuccess && !medium.hasNextPage;
  const longComplete = long.isSuccess && !long.hasNextPage;
  const movements = useMemo(() => {
    const pages = { short_term: short.data, medium_term: medium.data, long_term: long.data };
    const flags = { short_term: shortComplete, medium_term: mediumComplete, long_term: longComplete };
    const lists: Partial<Record<TimeRange, string[]>> = {};
    const completeLists: Partial<Record<TimeRange, boolean>> = {};
    for (const r of TIME_RANGES) {
      const data = pages[r];
      if (!data) continue;
      lists[r] = loadedItems(data).map((item) => item.id);
      completeLists[r] = flags[r];
    }
    return lists[range] ? movementFor(range, lists, completeLists) : new Map<string, ItemMovement>();
  }, [range, short.data, medium.data, long.data, shortComplete, mediumComplete, longComplete]);

  const others = TIME_RANGES.filter((r) => r !== range).map((r) => results[r]);
  return {
    movements,
    longer: longerRange(range),
    allLoaded: TIME_RANGES.every((r) => results[r].data !== undefined),
    fetching: others.some((q) => q.isFetching),
    failed: others.some((q) => q.isError && !q.data),
    retry: () => others.forEach((q) => void (q.isError ? q.refetch() : undefined)),
  };
}
