import { queryOptions, useQuery } from '@tanstack/react-query';
import { getArtist } from '../../spotify/endpoints';

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
