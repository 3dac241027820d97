// One artist as query options: the artist page shows it, and history names an artist that
// left a list with it; both read the same cache entry.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getArtist } from './endpoints';

export const artistQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['artist', id] as const,
      queryFn: ({ signal }) => getArtist(id, signal),
    }),
};

export function useArtist(id: string) {
  return useQuery(artistQueries.detail(id));
}
