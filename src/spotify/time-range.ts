// The time ranges every view switches between, and their place in the URL (`?range=`),
// which holds them so a list can be shared and Back works.
import { TIME_RANGES, type TimeRange } from './types';

export const DEFAULT_RANGE: TimeRange = 'short_term';

export const RANGE_LABELS: Record<TimeRange, { short: string; long: string }> = {
  short_term: { short: '4 weeks', long: 'the last 4 weeks' },
  medium_term: { short: '6 months', long: 'the last 6 months' },
  long_term: { short: '1 year', long: 'the last year' },
};

/** The URL search parameter that holds the range. */
export const RANGE_PARAM = 'range';

/** The range in the URL (`?range=`), or the default for anything else. */
export function parseRange(value: string | null): TimeRange {
  return TIME_RANGES.find((range) => range === value) ?? DEFAULT_RANGE;
}

/** The range a URL's search parameters name (`?range=`), or the default. */
export function rangeFromSearch(search: URLSearchParams): TimeRange {
  return parseRange(search.get(RANGE_PARAM));
}

/** A search string (`?…`) that keeps every other parameter and sets the range. */
export function searchWithRange(search: URLSearchParams | string, range: TimeRange): string {
  const next = new URLSearchParams(search);
  next.set(RANGE_PARAM, range);
  return `?${next.toString()}`;
}
