// The insights page as the app composes it: charts from features/insights, with the range
// switch of features/top-items (features don't import each other).
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { readSession } from '../auth/token-store';
import { InsightsPage } from '../features/insights/insights-page';
import { RangeTabs } from '../features/top-items/range-tabs';
import { rangeFromSearch } from '../spotify/time-range';
import { prefetchTopItems } from './signed-in';

export function insightsLoader({ request }: LoaderFunctionArgs) {
  if (readSession()) {
    const range = rangeFromSearch(new URL(request.url).searchParams);
    prefetchTopItems('tracks', range);
    prefetchTopItems('artists', range);
  }
  return null;
}

export function InsightsRoute() {
  const [searchParams] = useSearchParams();
  const range = rangeFromSearch(searchParams);
  return <InsightsPage range={range} rangeTabs={<RangeTabs type="tracks" current={range} />} />;
}
