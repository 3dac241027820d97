// The user's top lists of one type in all three ranges, from the shared cache: a list already
// loaded (and however many pages of it) is used as it is; one not asked for yet loads its first page.
import { useInfiniteQuery } from '@tanstack/react-query';
import { loadedItems, topItemsQueries } from '../../spotify/top-items-queries';
import type { Artist, TopItemType, Track } from '../../spotify/types';
import type { RangeLists } from './artist-in-lists';

export interface RangeListsState<T> {
  lists: RangeLists<T>;
  pending: boolean;
  /** A range failed to load (and has nothing cached). */
  failed: boolean;
  retry: () => void;
}

type ItemOf<T extends TopItemType> = T extends 'tracks' ? Track : Artist;

export function useRangeLists<T extends TopItemType>(type: T): RangeListsState<ItemOf<T>> {
  // One hook per range, always in the same order.
  const short = useInfiniteQuery(topItemsQueries.list(type, 'short_term'));
  const medium = useInfiniteQuery(topItemsQueries.list(type, 'medium_term'));
  const long = useInfiniteQuery(topItemsQueries.list(type, 'long_term'));
  const queries = [short, medium, long];
  const list = (query: typeof short) =>
    query.data
      ? { items: loadedItems(query.data) as ItemOf<T>[], complete: query.isSuccess && !query.hasNextPage }
      : undefined;
  return {
    lists: { short_term: list(short), medium_term: list(medium), long_term: list(long) },
    pending: queries.some((query) => query.isPending),
    failed: queries.some((query) => query.isError && !query.data),
    retry: () => queries.forEach((query) => void (query.isError ? query.refetch() : undefined)),
  };
}
