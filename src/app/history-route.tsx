// The /history page as the app composes it: the user (features/profile), the current list
// (features/top-items) and artist lookups (features/artist) handed to features/history.
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { artistQueries } from '../features/artist/queries';
import { HistoryPage } from '../features/history/history-page';
import { useCurrentUser } from '../features/profile/queries';
import { topItemsQueries, useTopItems } from '../features/top-items/queries';
import { parseRange } from '../features/top-items/time-range';
import { TIME_RANGES, type TopItemType } from '../spotify/types';
import { historyUser } from './history-recorder';

export function HistoryRoute() {
  const [searchParams] = useSearchParams();
  const type: TopItemType = searchParams.get('type') === 'artists' ? 'artists' : 'tracks';
  const range = parseRange(searchParams.get('range'));
  const me = useCurrentUser();
  // The first page: the ranks history keeps.
  const list = useTopItems(type, range);
  // Items of this type already in the query cache (other ranges seen this session) name most
  // of what left, without asking Spotify again.
  const queryClient = useQueryClient();
  const known = TIME_RANGES.flatMap(
    (r) => queryClient.getQueryData(topItemsQueries.list(type, r).queryKey)?.pages.flatMap((page) => page.items) ?? [],
  );
  return (
    <HistoryPage
      user={historyUser(me.data)}
      userError={me.error}
      type={type}
      range={range}
      current={{
        items: list.data?.pages[0]?.items,
        error: list.error,
        retry: () => {
          void me.refetch();
          void list.refetch();
        },
      }}
      known={known}
      artistQuery={artistQueries.detail}
    />
  );
}
