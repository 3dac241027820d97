// The insights page as the app composes it: charts from features/insights, fed the
// top-items query factory and range switch (features don't import each other).
import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { readSession } from '../auth/token-store';
import { InsightsPage } from '../features/insights/insights-page';
import { topItemsQueries } from '../features/top-items/queries';
import { RangeTabs } from '../features/top-items/range-tabs';
import { parseRange, RANGE_LABELS } from '../features/top-items/time-range';
import { prefetchTopItems, type PrefetchArgs } from './signed-in';

/** The charts draw both top lists of the range. */
export const insightsLoader =
  (queryClient: QueryClient) =>
  ({ request }: PrefetchArgs) => {
    if (readSession()) {
      prefetchTopItems(queryClient, 'tracks', request);
      prefetchTopItems(queryClient, 'artists', request);
    }
    return null;
  };

export function InsightsRoute() {
  const [searchParams] = useSearchParams();
  const range = parseRange(searchParams.get('range'));
  return (
    <InsightsPage
      rangeLabel={RANGE_LABELS[range].long}
      rangeTabs={<RangeTabs type="tracks" current={range} />}
      tracksQuery={topItemsQueries.list('tracks', range)}
      artistsQuery={topItemsQueries.list('artists', range)}
    />
  );
}
