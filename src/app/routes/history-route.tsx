// The /history page as the app composes it: the user (features/profile) handed to features/history.
import { useSearchParams } from 'react-router';
import { HistoryPage } from '../../features/history/history-page';
import { useCurrentUser } from '../../features/profile/queries';
import { rangeFromSearch } from '../../spotify/time-range';
import type { TopItemType } from '../../spotify/types';
import { historyUser } from './history-recorder';

export function HistoryRoute() {
  const [searchParams] = useSearchParams();
  const type: TopItemType = searchParams.get('type') === 'artists' ? 'artists' : 'tracks';
  const range = rangeFromSearch(searchParams);
  const me = useCurrentUser();
  return (
    <HistoryPage
      user={historyUser(me.data)}
      userError={me.error}
      retryUser={() => void me.refetch()}
      type={type}
      range={range}
    />
  );
}
