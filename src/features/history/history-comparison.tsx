// The list on screen against the last visit: what entered, what dropped out, and how many moved.
import { SpotifyLogo } from '../../components/spotify-logo';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';
import { KnownRow } from './known-row';
import { LeftArtistRow } from './left-artist-row';
import { LeftTrackRow } from './left-track-row';
import { historyMessages as messages } from './messages';
import { describeChanges, formatVisitDay, type ListHistory } from './use-list-history';

export interface HistoryComparisonProps {
  history: Exclude<ListHistory, { status: 'pending' }>;
  type: TopItemType;
  range: TimeRange;
  /** The current list, in rank order. */
  items: readonly (Track | Artist)[];
  /** Items of this type the app already holds (other ranges' lists): names for what left. */
  known: readonly (Track | Artist)[];
}

export function HistoryComparison({ history, type, range, items, known }: HistoryComparisonProps) {
  if (history.status === 'unavailable') {
    return (
      <div className="empty-state" role="status">
        <h2>{t(messages.offTitle)}</h2>
        <p>{t(messages.offText)}</p>
      </div>
    );
  }
  if (history.status === 'first') {
    return (
      <div className="empty-state" role="status">
        <h2>{t(messages.firstTitle)}</h2>
        <p>{t(messages.firstText, { type, range })}</p>
      </div>
    );
  }
  const { entered, left } = history.changes;
  const rankOf = new Map(items.map((item, index) => [item.id, index + 1] as const));
  const byId = new Map([...known, ...items].map((item) => [item.id, item] as const));
  const enteredTitle = t(messages.entered, { type });
  return (
    <div className="history-comparison">
      <p className="history-since" role="status">
        {t(messages.since, { day: formatVisitDay(history.day), changes: describeChanges(history.changes, true) })}
        <span className="attribution">
          <T msg={messages.dataFrom} values={{ logo: <SpotifyLogo size={16} /> }} />
        </span>
      </p>
      <h2>{enteredTitle}</h2>
      {entered.length === 0 ? (
        <p className="history-none">{t(messages.nothingNew)}</p>
      ) : (
        <ol className="history-list" aria-label={enteredTitle}>
          {entered.map((id) => {
            const item = byId.get(id);
            return item ? <KnownRow key={id} item={item} rank={rankOf.get(id) ?? 0} /> : null;
          })}
        </ol>
      )}
      <h2>{t(messages.left)}</h2>
      {left.length === 0 ? (
        <p className="history-none">{t(messages.nothingLeft)}</p>
      ) : (
        <ul className="history-list" aria-label={t(messages.left)}>
          {left.map((id) => {
            const item = byId.get(id);
            if (item) return <KnownRow key={id} item={item} />;
            return type === 'artists' ? <LeftArtistRow key={id} id={id} /> : <LeftTrackRow key={id} id={id} />;
          })}
        </ul>
      )}
    </div>
  );
}
