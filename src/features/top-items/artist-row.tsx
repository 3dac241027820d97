import type { ReactNode } from 'react';
import { Artwork } from '../../components/artwork';
import { appHref } from '../../components/app-link';
import { APP_LINK } from '../../components/delegated-links';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { t } from '../../i18n/i18n';
import type { Artist } from '../../spotify/types';
import { topItemsMessages as messages } from './messages';

export function ArtistRow({
  artist,
  rank,
  eager,
  badge,
}: {
  artist: Artist;
  rank: number;
  eager: boolean;
  badge?: ReactNode;
}) {
  const genres = artist.genres?.slice(0, 3) ?? [];
  return (
    <li className="item-row artist-row">
      <span className="rank" aria-label={t(messages.rank, { rank })}>
        {rank}
      </span>
      <Artwork images={artist.images} size={48} alt="" shape="round" eager={eager} />
      <div className="item-main">
        <span className="item-title-line">
          <a className="item-title" href={appHref(`/artist/${encodeURIComponent(artist.id)}`)} {...APP_LINK}>
            {artist.name}
          </a>
          {badge}
        </span>
        {genres.length > 0 ? <span className="item-sub">{genres.join(t(messages.separator))}</span> : null}
      </div>
      <OpenInSpotify href={artist.external_urls.spotify} label={artist.name} compact />
    </li>
  );
}
