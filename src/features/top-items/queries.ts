import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getUsersTopItems, TOP_ITEMS_PAGE_LIMIT } from '../../spotify/endpoints';
import type { TimeRange, TopItemType } from '../../spotify/types';

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
