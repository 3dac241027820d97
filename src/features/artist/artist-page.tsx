import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Artwork } from '../../components/artwork';
import { formatCount } from '../../i18n/format';
import { isolate, t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { QueryError } from '../../components/query-error';
import { RetryNotice } from '../../components/retry-notice';
import { SpotifyLogo } from '../../components/spotify-logo';
import { useArtist } from '../../spotify/artist-queries';
import { ArtistRanks } from './artist-ranks';
import { ArtistTopTracks } from './artist-top-tracks';
import { artistMessages as messages } from './messages';
import { useRangeLists } from './use-range-lists';
import './artist.css';

const IMAGE_SIZE = 240;

export interface ArtistPageProps {
  /** Below the tracks: the user's plays of this artist by year, from an imported history (the app composes it). */
  playsByYear?: (artist: { id: string; name: string }) => ReactNode;
}

export function ArtistPage({ playsByYear }: ArtistPageProps = {}) {
  const { id = '' } = useParams();
  const query = useArtist(id);
  const artist = query.data;
  // Where the artist stands in the user's own lists: with or without development mode's fields.
  const topArtists = useRangeLists('artists');
  const topTracks = useRangeLists('tracks');

  if (query.isPending) {
    return (
      <section className="page artist-page" aria-busy="true" aria-label={t(messages.loading)}>
        <RetryNotice
          failureReason={query.failureReason}
          failureCount={query.failureCount}
          fetchStatus={query.fetchStatus}
        />
        <div className="artist-hero skeleton" aria-hidden="true">
          <span className="artwork skeleton-block" style={{ width: IMAGE_SIZE, height: IMAGE_SIZE }} />
          <span className="skeleton-lines">
            <span className="skeleton-line" />
            <span className="skeleton-line short" />
          </span>
        </div>
      </section>
    );
  }
  if (query.isError) {
    return (
      <section className="page artist-page">
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </section>
    );
  }

  const genres = artist?.genres ?? [];
  // Development mode strips followers and popularity: leave out what's missing, empty list included.
  const hasFacts = query.data.followers !== undefined || query.data.popularity !== undefined;
  return (
    <article className="page artist-page" aria-labelledby="artist-name">
      <title>{t(messages.documentTitle, { name: isolate(query.data.name) })}</title>
      <div className="artist-hero">
        <Artwork
          images={query.data.images}
          size={IMAGE_SIZE}
          alt={t(messages.photo, { name: isolate(query.data.name) })}
          eager
        />
        <div className="artist-facts">
          <p className="eyebrow">{t(messages.eyebrow)}</p>
          <h1 id="artist-name">{query.data.name}</h1>
          <ArtistRanks artistId={query.data.id} lists={topArtists.lists} pending={topArtists.pending} />
          {hasFacts ? (
            <dl className="facts">
              {query.data.followers ? (
                <div>
                  <dt>{t(messages.followers)}</dt>
                  <dd>{formatCount(query.data.followers.total)}</dd>
                </div>
              ) : null}
              {query.data.popularity !== undefined ? (
                <div>
                  <dt>{t(messages.popularity)}</dt>
                  <dd>
                    <meter min={0} max={100} value={query.data.popularity} aria-label={t(messages.popularity)} />{' '}
                    {t(messages.popularityValue, { value: query.data.popularity })}
                  </dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          {genres.length > 0 ? (
            <ul className="genres" aria-label={t(messages.genres)}>
              {genres.map((genre) => (
                <li key={genre}>{genre}</li>
              ))}
            </ul>
          ) : null}
          <div className="artist-actions">
            <OpenInSpotify href={query.data.external_urls.spotify} label={query.data.name} />
          </div>
        </div>
      </div>
      {topArtists.failed || topTracks.failed ? (
        <p className="callout" role="status">
          {t(messages.someFailed)}{' '}
          <button
            type="button"
            className="button subtle"
            onClick={() => {
              topArtists.retry();
              topTracks.retry();
            }}
          >
            {t(messages.tryAgain)}
          </button>
        </p>
      ) : null}
      <ArtistTopTracks
        artistId={query.data.id}
        artistName={query.data.name}
        lists={topTracks.lists}
        pending={topTracks.pending}
      />
      {playsByYear?.({ id: query.data.id, name: query.data.name })}
      <p className="page-footnote">
        <Link to="/artists">{t(messages.back)}</Link>
        <span className="attribution">
          <T msg={messages.dataFrom} values={{ logo: <SpotifyLogo size={16} /> }} />
        </span>
      </p>
    </article>
  );
}
