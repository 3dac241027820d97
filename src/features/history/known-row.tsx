import { OpenInSpotify } from '../../components/open-in-spotify';
import { formatList } from '../../i18n/format';
import { isolate, t } from '../../i18n/i18n';
import type { Artist, Track } from '../../spotify/types';
import { historyMessages as messages } from './messages';

/** A history row for an item the app holds: its name (and a track's artists), with its rank when it is new. */
export function KnownRow({ item, rank }: { item: Track | Artist; rank?: number }) {
  // Each name isolated, so a right-to-left page's list punctuation stays between them.
  const by =
    'album' in item
      ? formatList(
          item.artists.map((artist) => isolate(artist.name)),
          'unit',
        )
      : null;
  return (
    <li className="history-row">
      {rank ? <span className="history-rank">{t(messages.rank, { rank })}</span> : null}
      <span className="history-name">
        <bdi>{item.name}</bdi>
        {by ? <span className="history-by"> · {by}</span> : null}
      </span>
      <OpenInSpotify href={item.external_urls.spotify} label={item.name} compact />
    </li>
  );
}
