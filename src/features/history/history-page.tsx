// The history page: what entered and left a top list since the last visit, and the controls
// for the history itself (export, import, delete). History holds ids and ranks only: names
// come from the current list, or from Spotify when an artist has left it.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { SkeletonList } from '../../components/skeleton-list';
import { t } from '../../i18n/i18n';
import { loadedItems, topItemsQueries, useTopItems } from '../../spotify/top-items-queries';
import { TIME_RANGES, type Artist, type TimeRange, type TopItemType, type Track } from '../../spotify/types';
import { HistoryComparison } from './history-comparison';
import { HistoryControls } from './history-controls';
import { RETENTION_DAYS } from './history-model';
import { ListPicker } from './list-picker';
import { historyMessages as messages } from './messages';
import { useListHistory } from './use-list-history';
import './history.css';

export interface HistoryPageProps {
  /** The history key of the signed-in user (from the app shell); undefined while /me loads. */
  user: string | undefined;
  userError: Error | null;
  /** Asks for the user again. */
  retryUser: () => void;
  type: TopItemType;
  range: TimeRange;
}

export function HistoryPage({ user, userError, retryUser, type, range }: HistoryPageProps) {
  const [version, setVersion] = useState(0);
  const list = useTopItems(type, range);
  // The first page: the ranks history keeps.
  const items: readonly (Track | Artist)[] | undefined = list.data?.pages[0]?.items;
  const retry = () => {
    retryUser();
    void list.refetch();
  };
  // Items of this type already in the query cache (other ranges seen this session) name most
  // of what left, without asking Spotify again.
  const queryClient = useQueryClient();
  const known: (Track | Artist)[] = TIME_RANGES.flatMap((r) =>
    loadedItems(queryClient.getQueryData(topItemsQueries.list(type, r).queryKey)),
  );
  const ids = items?.map((item) => item.id);
  // A visit records once; after an import or a delete, only compare (a delete must stay a delete).
  const history = useListHistory(user, type, range, ids, { record: version === 0, version });

  return (
    <section className="page history-page" aria-labelledby="page-title">
      <title>{t(messages.documentTitle)}</title>
      <header className="page-header">
        <div>
          <h1 id="page-title">{t(messages.title)}</h1>
          <p className="page-subtitle">{t(messages.subtitle)}</p>
        </div>
      </header>
      <p className="history-terms">{t(messages.terms, { days: RETENTION_DAYS })}</p>
      <ListPicker type={type} range={range} />
      {userError ? (
        <QueryError error={userError} onRetry={retry} />
      ) : list.error && !items ? (
        <QueryError error={list.error} onRetry={retry} />
      ) : !items || history.status === 'pending' ? (
        <SkeletonList label={t(messages.loading)} rows={4} />
      ) : (
        <HistoryComparison history={history} type={type} range={range} items={items} known={known} />
      )}
      <HistoryControls onChange={() => setVersion((v) => v + 1)} />
    </section>
  );
}
