import { useQueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { Link, useLocation } from 'react-router';
import { TIME_RANGES, type TimeRange, type TopItemType } from '../../spotify/types';
import { t } from '../../i18n/i18n';
import { rangeLabel, searchWithRange } from '../../spotify/time-range';
import { topItemsQueries } from '../../spotify/top-items-queries';
import { topItemsMessages } from './messages';

/**
 * The time-range switch. Its state is the URL's `?range=`, so it is shareable and Back works.
 * Memoized: the list's data arriving re-renders the page around it, never the tabs.
 */
export const RangeTabs = memo(function RangeTabs({ type, current }: { type: TopItemType; current: TimeRange }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  // Hover and focus warm a range up; one that failed (a 403, a 429) is left to its page and its Try again.
  const prefetch = (range: TimeRange) => {
    const options = topItemsQueries.list(type, range);
    if (queryClient.getQueryState(options.queryKey)?.status === 'error') return;
    void queryClient.prefetchInfiniteQuery(options);
  };
  return (
    <nav className="range-tabs" aria-label={t(topItemsMessages.rangeNav)}>
      {TIME_RANGES.map((range) => (
        <Link
          key={range}
          to={{ pathname: location.pathname, search: searchWithRange(location.search, range) }}
          aria-current={range === current ? 'page' : undefined}
          className="range-tab"
          onMouseEnter={() => prefetch(range)}
          onFocus={() => prefetch(range)}
        >
          {rangeLabel(range)}
        </Link>
      ))}
    </nav>
  );
});
