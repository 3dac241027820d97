import { queryOptions, useQuery } from '@tanstack/react-query';
import { getCurrentUser } from '../../spotify/endpoints';

export const profileQueries = {
  me: () =>
    queryOptions({
      queryKey: ['me'] as const,
      queryFn: ({ signal }) => getCurrentUser(signal),
    }),
};

export function useCurrentUser() {
  return useQuery(profileQueries.me());
}
