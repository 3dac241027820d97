import { useQuery } from '@tanstack/react-query';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { artistQueries } from '../../spotify/artist-queries';

/** An artist that left the list and no list loaded this session names: read from Spotify (`GET /artists/{id}`). */
export function LeftArtistRow({ id }: { id: string }) {
  const artist = useQuery(artistQueries.detail(id));
  return (
    <li className="history-row">
      <span className="history-name">
        {artist.data ? artist.data.name : artist.isError ? 'An artist Spotify no longer finds' : 'Loading…'}
      </span>
      {artist.data ? <OpenInSpotify href={artist.data.external_urls.spotify} label={artist.data.name} compact /> : null}
    </li>
  );
}
