// Which list the history page compares: tracks or artists, and the time range; both in the URL.
import { Link } from 'react-router';
import { RANGE_LABELS, searchWithRange } from '../../spotify/time-range';
import { TIME_RANGES, type TimeRange, type TopItemType } from '../../spotify/types';

const TYPE_NAMES: Record<TopItemType, string> = { tracks: 'Tracks', artists: 'Artists' };

export function ListPicker({ type, range }: { type: TopItemType; range: TimeRange }) {
  return (
    <div className="history-picker">
      <nav className="range-tabs" aria-label="List">
        {(['tracks', 'artists'] as const).map((t) => (
          <Link
            key={t}
            className="range-tab"
            to={searchWithRange(`type=${t}`, range)}
            aria-current={t === type ? 'page' : undefined}
          >
            {TYPE_NAMES[t]}
          </Link>
        ))}
      </nav>
      <nav className="range-tabs" aria-label="Time range">
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
