import { Fragment, type ReactNode } from 'react';
import { Artwork } from '../../components/artwork';
import { appHref } from '../../components/app-link';
import { APP_LINK } from '../../components/delegated-links';
import { formatDuration, formatDurationLong } from '../../i18n/format';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { isolate, t } from '../../i18n/i18n';
import type { Track } from '../../spotify/types';
import { topItemsMessages as messages } from './messages';

export function TrackRow({
  track,
  rank,
  eager,
  badge,
}: {
  track: Track;
  rank: number;
  eager: boolean;
  badge?: ReactNode;
}) {
  return (
    <li className="item-row track-row">
      <span className="rank" aria-label={t(messages.rank, { rank })}>
        {rank}
      </span>
      <Artwork
        images={track.album.images}
        size={48}
        alt={t(messages.cover, { album: isolate(track.album.name) })}
        eager={eager}
      />
      <div className="item-main">
        <span className="item-title-line">
          <span className="item-title">
            {track.name}
            {track.explicit ? (
              <abbr className="badge explicit" title={t(messages.explicit)}>
                {t(messages.explicitBadge)}
              </abbr>
            ) : null}
          </span>
          {badge}
        </span>
        <span className="item-sub">
          {track.artists.map((artist, index) => (
            <Fragment key={artist.id}>
              {index > 0 ? t(messages.separator) : null}
              <a href={appHref(`/artist/${encodeURIComponent(artist.id)}`)} {...APP_LINK}>
                {artist.name}
              </a>
            </Fragment>
          ))}
          {/* The " · " before it is drawn by CSS, silent to screen readers, which hear ", album". */}
          <span className="album-name">
            <span className="visually-hidden">{t(messages.albumBefore)}</span>
            {track.album.name}
          </span>
        </span>
      </div>
      <span className="duration">
        <span aria-hidden="true">{formatDuration(track.duration_ms)}</span>
        <span className="visually-hidden">{formatDurationLong(track.duration_ms)}</span>
      </span>
      <OpenInSpotify href={track.external_urls.spotify} label={track.name} compact />
    </li>
  );
}
