// Which list the history page compares: tracks or artists, and the time range; both in the URL.
import { Link } from 'react-router';
import { t, type Message } from '../../i18n/i18n';
import { RANGE_LABELS, searchWithRange } from '../../spotify/time-range';
import { TIME_RANGES, type TimeRange, type TopItemType } from '../../spotify/types';
import { historyMessages as messages } from './messages';

const TYPE_NAMES: Record<TopItemType, Message> = { tracks: messages.typeTracks, artists: messages.typeArtists };

export function ListPicker({ type, range }: { type: TopItemType; range: TimeRange }) {
  return (
    <div className="history-picker">
      <nav className="range-tabs" aria-label={t(messages.listNav)}>
        {(['tracks', 'artists'] as const).map((kind) => (
          <Link
            key={kind}
            className="range-tab"
            to={searchWithRange(`type=${kind}`, range)}
            aria-current={kind === type ? 'page' : undefined}
          >
            {t(TYPE_NAMES[kind])}
          </Link>
        ))}
      </nav>
      <nav className="range-tabs" aria-label={t(messages.rangeNav)}>
        {TIME_RANGES.map((r) => (
          <Link
            key={r}
            className="range-tab"
            to={searchWithRange(`type=${type}`, r)}
            aria-current={r === range ? 'page' : undefined}
          >
            {RANGE_LABELS[r].short}
          </Link>
        ))}
      </nav>
    </div>
  );
}
