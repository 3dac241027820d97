// The insights page as the app composes it: charts from features/insights, with the range
// switch of features/top-items (features don't import each other). Its loader sits with the
// other signed-in loaders (signed-in-loaders.ts), so the callback runs it before this arrives.
import { useSearchParams } from 'react-router';
import { InsightsPage } from '../../features/insights/insights-page';
import { RangeTabs } from '../../features/top-items/range-tabs';
import { rangeFromSearch } from '../../spotify/time-range';

export function InsightsRoute() {
  const [searchParams] = useSearchParams();
  const range = rangeFromSearch(searchParams);
  return <InsightsPage range={range} rangeTabs={<RangeTabs type="tracks" current={range} />} />;
}
