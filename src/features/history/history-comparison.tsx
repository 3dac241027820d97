// The list on screen against the last visit: what entered, what dropped out, and how many moved.
import { SpotifyLogo } from '../../components/spotify-logo';
import { RANGE_LABELS } from '../../spotify/time-range';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';
import { KnownRow } from './known-row';
import { LeftArtistRow } from './left-artist-row';
import { LeftTrackRow } from './left-track-row';
import { countMoves, formatVisitDay, type ListHistory } from './use-list-history';

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
  const noun = type === 'tracks' ? 'tracks' : 'artists';
  if (history.status === 'unavailable') {
    return (
      <div className="empty-state" role="status">
        <h2>History is off in this browser</h2>
        <p>{history.message} Your top lists still work; only the comparison with earlier visits needs storage.</p>
      </div>
    );
  }
  if (history.status === 'first') {
    return (
      <div className="empty-state" role="status">
        <h2>No earlier visit yet</h2>
        <p>
          There is no snapshot of your top {noun} for {RANGE_LABELS[range].short} from an earlier day. Each day you look
          at a top list, Heavy Rotation keeps one; come back another day to see what entered and left it.
        </p>
      </div>
    );
  }
  const { entered, left } = history.changes;
  const { up, down } = countMoves(history.changes);
  const rankOf = new Map(items.map((item, index) => [item.id, index + 1] as const));
  const byId = new Map([...known, ...items].map((item) => [item.id, item] as const));
  return (
    <div className="history-comparison">
      <p className="history-since" role="status">
        Since your last visit on {formatVisitDay(history.day)}: {entered.length} new, {left.length} dropped out, {up}{' '}
        moved up, {down} moved down.
        <span className="attribution">
          Data from <SpotifyLogo size={16} />
        </span>
      </p>
      <h2>New in your top {noun}</h2>
      {entered.length === 0 ? (
        <p className="history-none">Nothing new.</p>
      ) : (
        <ol className="history-list" aria-label={`New in your top ${noun}`}>
          {entered.map((id) => {
            const item = byId.get(id);
            return item ? <KnownRow key={id} item={item} rank={rankOf.get(id) ?? 0} /> : null;
          })}
        </ol>
      )}
      <h2>Dropped out</h2>
      {left.length === 0 ? (
        <p className="history-none">Nothing dropped out.</p>
      ) : (
        <ul className="history-list" aria-label="Dropped out">
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
