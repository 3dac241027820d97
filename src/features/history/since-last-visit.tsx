// One line above a top list: what changed since the user's last visit, from on-device history.
import { Link } from 'react-router';
import { searchWithRange } from '../../spotify/time-range';
import type { TimeRange, TopItemType } from '../../spotify/types';
import { countMoves, formatVisitDay, useListHistory } from './use-list-history';
import './since-last-visit.css';

export interface SinceLastVisitProps {
  /** The key history is kept under (`account_id`, else the user id); undefined while unknown. */
  user: string | undefined;
  type: TopItemType;
  range: TimeRange;
  /** The list's ids in rank order; undefined while the list loads. */
  ids: readonly string[] | undefined;
}

export function SinceLastVisit({ user, type, range, ids }: SinceLastVisitProps) {
  const history = useListHistory(user, type, range, ids, { record: true });
  const details = `/history${searchWithRange(`type=${type}`, range)}`;
  // Hold the line's place while the on-device store answers, so the list below doesn't jump.
  if (history.status === 'pending') return <p className="history-summary" aria-hidden="true" />;
  if (history.status === 'unavailable') {
    return (
      <p className="history-summary" role="status">
        History is off: this browser doesn't allow on-device storage here.
      </p>
    );
  }
  if (history.status === 'first') {
    return (
      <p className="history-summary" role="status">
        This list is now in your <Link to={details}>history</Link>: come back another day to see what changed.
      </p>
    );
  }
  const { entered, left } = history.changes;
  const { up, down } = countMoves(history.changes);
  const parts = [
    [entered.length, 'new'],
    [left.length, 'dropped out'],
    [up, 'moved up'],
    [down, 'moved down'],
  ] as const;
  const changed = parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  return (
    <p className="history-summary" role="status">
      {changed.length > 0
        ? `Since your last visit on ${formatVisitDay(history.day)}: ${changed.join(', ')}.`
        : `No change since your last visit on ${formatVisitDay(history.day)}.`}{' '}
      <Link to={details}>{changed.length > 0 ? 'See what changed' : 'Your history'}</Link>
    </p>
  );
}
