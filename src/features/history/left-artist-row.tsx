import { useQuery } from '@tanstack/react-query';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { t } from '../../i18n/i18n';
import { artistQueries } from '../../spotify/artist-queries';
import { historyMessages as messages } from './messages';

/** An artist that left the list and no list loaded this session names: read from Spotify (`GET /artists/{id}`). */
export function LeftArtistRow({ id }: { id: string }) {
  const artist = useQuery(artistQueries.detail(id));
  return (
    <li className="history-row">
      <span className="history-name">
        {artist.data ? <bdi>{artist.data.name}</bdi> : t(artist.isError ? messages.artistGone : messages.loadingName)}
      </span>
      {artist.data ? <OpenInSpotify href={artist.data.external_urls.spotify} label={artist.data.name} compact /> : null}
    </li>
  );
}
