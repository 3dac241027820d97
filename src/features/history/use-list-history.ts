// The history of the list on screen: recorded in the background once the list and the user
// are known, then compared with the last visit. Storage code loads on demand.
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../components/after-next-paint';
import { TOP_ITEMS_PAGE_LIMIT } from '../../spotify/endpoints';
import type { TimeRange, TopItemType } from '../../spotify/types';
import type { Changes } from './history-model';

/** Ranks kept per list: the first page, which every visit loads (later pages only when asked for). */
export const RECORDED_RANKS = TOP_ITEMS_PAGE_LIMIT;

export type ListHistory =
  | { status: 'pending' }
  | { status: 'unavailable'; message: string }
  | { status: 'first' }
  | { status: 'compared'; day: string; changes: Changes };

export interface ListHistoryOptions {
  /** Record this visit (the list pages); otherwise only compare. */
  record: boolean;
  /** Bump to read storage again (after an import or a delete). */
  version?: number;
}

export function useListHistory(
  user: string | undefined,
  type: TopItemType,
  range: TimeRange,
  ids: readonly string[] | undefined,
  { record, version = 0 }: ListHistoryOptions,
): ListHistory {
  const recorded = ids?.slice(0, RECORDED_RANKS);
  const key = user && recorded ? `${user}|${type}|${range}|${version}|${recorded.join(',')}` : null;
  const [result, setResult] = useState<{ key: string; history: ListHistory } | null>(null);

  useEffect(() => {
    if (!key || !user || !recorded) return;
    let current = true;
    const settle = (history: ListHistory) => {
      if (current) setResult({ key, history });
    };
    // Once the list is on screen: storage waits for the list's first frame, not the other way round.
    const cancel = afterNextPaint(() => {
      import('./record-visit')
        .then(({ recordVisit, compareWithLastVisit }) =>
          (record ? recordVisit : compareWithLastVisit)(user, type, range, recorded, Date.now()),
        )
        .then(
          ({ since }) => settle(since ? { status: 'compared', ...since } : { status: 'first' }),
          (error: unknown) =>
            settle({
              status: 'unavailable',
              message: error instanceof Error ? error.message : "History can't be kept in this browser.",
            }),
        );
    });
    return () => {
      current = false;
      cancel();
    };
    // `key` covers user, type, range, version and the recorded ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, record]);

  return result && result.key === key ? result.history : { status: 'pending' };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayFormatWithYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A snapshot's day (YYYY-MM-DD, UTC) as "12 Nov", with the year when it isn't this year's. */
export function formatVisitDay(day: string, now = Date.now()): string {
  const date = new Date(`${day}T00:00:00Z`);
  return (date.getUTCFullYear() === new Date(now).getUTCFullYear() ? dayFormat : dayFormatWithYear).format(date);
}

export function countMoves(changes: Changes): { up: number; down: number } {
  let up = 0;
  let down = 0;
  for (const by of changes.moved.values()) {
    if (by > 0) up += 1;
    else down += 1;
  }
  return { up, down };
}
