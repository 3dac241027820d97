// The insights page as the app composes it: charts from features/insights, with the range
// switch of features/top-items (features don't import each other).
import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { readSession } from '../../auth/token-store';
import { InsightsPage } from '../../features/insights/insights-page';
import { RangeTabs } from '../../features/top-items/range-tabs';
import { rangeFromSearch } from '../../spotify/time-range';
import { prefetchTopItems, type PrefetchArgs } from '../signed-in/signed-in';

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
  const range = rangeFromSearch(searchParams);
  return <InsightsPage range={range} rangeTabs={<RangeTabs type="tracks" current={range} />} />;
}
