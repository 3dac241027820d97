// The insights page as the app composes it: charts from features/insights, fed the
// top-items query factory and range switch (features don't import each other).
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { readSession } from '../auth/token-store';
import { InsightsPage } from '../features/insights/insights-page';
import { topItemsQueries } from '../features/top-items/queries';
import { RangeTabs } from '../features/top-items/range-tabs';
import { parseRange, RANGE_LABELS } from '../features/top-items/time-range';
import { prefetchTopItems } from './signed-in';

export function insightsLoader({ request }: LoaderFunctionArgs) {
  if (readSession()) {
    const range = parseRange(new URL(request.url).searchParams.get('range'));
    prefetchTopItems('tracks', range);
    prefetchTopItems('artists', range);
  }
  return null;
}

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
