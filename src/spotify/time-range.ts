// The time ranges every view switches between, and their place in the URL (`?range=`),
// which holds them so a list can be shared and Back works.
import { t, type Message } from '../i18n/i18n';
import { timeRangeMessages as messages } from './messages';
import { TIME_RANGES, type TimeRange } from './types';

export const DEFAULT_RANGE: TimeRange = 'short_term';

const LABELS: Record<TimeRange, { short: Message; long: Message }> = {
  short_term: { short: messages.shortTerm, long: messages.shortTermLong },
  medium_term: { short: messages.mediumTerm, long: messages.mediumTermLong },
  long_term: { short: messages.longTerm, long: messages.longTermLong },
};

/** A range in words, in the page's language: `short` for a tab ("4 weeks"), `long` for a label ("the last 4 weeks"). */
export function rangeLabel(range: TimeRange, length: 'short' | 'long' = 'short'): string {
  return t(LABELS[range][length]);
}

/**
 * The same labels as properties, read in the page's language each time. Inside a sentence, prefer
 * a message with `{range, select, …}` (see ./messages.ts): a label spliced into a sentence can't inflect.
 */
export const RANGE_LABELS: Readonly<Record<TimeRange, { readonly short: string; readonly long: string }>> =
  Object.fromEntries(
    TIME_RANGES.map((range) => [
      range,
      {
        get short() {
          return rangeLabel(range, 'short');
        },
        get long() {
          return rangeLabel(range, 'long');
        },
      },
    ]),
  ) as Record<TimeRange, { readonly short: string; readonly long: string }>;

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
