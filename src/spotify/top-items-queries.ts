// The top lists as query options: every feature that shows or compares a top list reads it
// through this one factory, so they share one cache entry per type and range.
import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { getUsersTopItems, TOP_ITEMS_PAGE_LIMIT } from './endpoints';
import type { Paging, TimeRange, TopItemType } from './types';

export const topItemsQueries = {
  all: () => ['top-items'] as const,
  list: <T extends TopItemType>(type: T, range: TimeRange) =>
    infiniteQueryOptions({
      queryKey: [...topItemsQueries.all(), type, range] as const,
      queryFn: ({ pageParam, signal }) =>
        getUsersTopItems({ type, timeRange: range, limit: TOP_ITEMS_PAGE_LIMIT, offset: pageParam }, signal),
      initialPageParam: 0,
      // Offset paging through everything Spotify returns.
      getNextPageParam: (last) => (last.next && last.items.length > 0 ? last.offset + last.items.length : undefined),
    }),
};

export function useTopItems<T extends TopItemType>(type: T, range: TimeRange) {
  return useInfiniteQuery(topItemsQueries.list(type, range));
}

/** The items of every page loaded so far, in rank order; none before the first page. */
export function loadedItems<T>(data: InfiniteData<Paging<T>, unknown> | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
