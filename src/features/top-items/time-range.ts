import { TIME_RANGES, type TimeRange } from '../../spotify/types';

export const DEFAULT_RANGE: TimeRange = 'short_term';

export const RANGE_LABELS: Record<TimeRange, { short: string; long: string }> = {
  short_term: { short: '4 weeks', long: 'the last 4 weeks' },
  medium_term: { short: '6 months', long: 'the last 6 months' },
  long_term: { short: '1 year', long: 'the last year' },
};

/** The range in the URL (`?range=`), or the default for anything else. */
export function parseRange(value: string | null): TimeRange {
  return TIME_RANGES.find((range) => range === value) ?? DEFAULT_RANGE;
}
