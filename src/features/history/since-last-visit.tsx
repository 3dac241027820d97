// One line above a top list: what changed since the user's last visit, from on-device history.
import { Link } from 'react-router';
import { searchWithRange } from '../../spotify/time-range';
import type { TimeRange, TopItemType } from '../../spotify/types';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { historyMessages as messages } from './messages';
import { describeChanges, formatVisitDay, useListHistory } from './use-list-history';
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
        {t(messages.offSummary)}
      </p>
    );
  }
  if (history.status === 'first') {
    return (
      <p className="history-summary" role="status">
        <T msg={messages.firstVisit} tags={{ link: (children) => <Link to={details}>{children}</Link> }} />
      </p>
    );
  }
  const changes = describeChanges(history.changes);
  const day = formatVisitDay(history.day);
  return (
    <p className="history-summary" role="status">
      {changes ? t(messages.since, { day, changes }) : t(messages.noChange, { day })}{' '}
      <Link to={details}>{t(changes ? messages.seeChanges : messages.historyLink)}</Link>
    </p>
  );
}
