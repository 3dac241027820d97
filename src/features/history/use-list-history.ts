// The history of the list on screen: recorded in the background once the list and the user
// are known, then compared with the last visit. Storage code loads on demand.
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../components/after-next-paint';
import { dateFormat, formatList } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { TOP_ITEMS_PAGE_LIMIT } from '../../spotify/endpoints';
import type { TimeRange, TopItemType } from '../../spotify/types';
import type { Changes } from './history-model';
import { historyMessages as messages } from './messages';

/** Ranks kept per list: the first page, which every visit loads (later pages only when asked for). */
export const RECORDED_RANKS = TOP_ITEMS_PAGE_LIMIT;

export type ListHistory =
  | { status: 'pending' }
  /** The browser keeps no on-device storage here (a private window, say). */
  | { status: 'unavailable' }
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
          () => settle({ status: 'unavailable' }),
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

/** A snapshot's day (YYYY-MM-DD, UTC) in the page's language: "Nov 12", "12. Nov.", with the year when it isn't this year's. */
export function formatVisitDay(day: string, now = Date.now()): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sameYear = date.getUTCFullYear() === new Date(now).getUTCFullYear();
  return dateFormat(
    sameYear
      ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  ).format(date);
}

/** What changed, in words and the page's language: "1 new, 2 dropped out, 1 moved up"; `all` keeps the zeros. */
export function describeChanges(changes: Changes, all = false): string {
  const { up, down } = countMoves(changes);
  const parts = [
    [changes.entered.length, messages.changeNew],
    [changes.left.length, messages.changeLeft],
    [up, messages.changeUp],
    [down, messages.changeDown],
  ] as const;
  return formatList(
    parts.filter(([count]) => all || count > 0).map(([count, message]) => t(message, { count })),
    'unit',
  );
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
