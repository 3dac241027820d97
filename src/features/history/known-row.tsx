import { OpenInSpotify } from '../../components/open-in-spotify';
import type { Artist, Track } from '../../spotify/types';

/** A history row for an item the app holds: its name (and a track's artists), with its rank when it is new. */
export function KnownRow({ item, rank }: { item: Track | Artist; rank?: number }) {
  const by = 'album' in item ? item.artists.map((artist) => artist.name).join(', ') : null;
  return (
    <li className="history-row">
      {rank ? <span className="history-rank">#{rank}</span> : null}
      <span className="history-name">
        {item.name}
        {by ? <span className="history-by"> · {by}</span> : null}
      </span>
      <OpenInSpotify href={item.external_urls.spotify} label={item.name} compact />
    </li>
  );
}
