import type { ReactNode } from 'react';
import { QueryError } from '../../components/query-error';
import { RetryNotice } from '../../components/retry-notice';
import { SpotifyLogo } from '../../components/spotify-logo';
import { RANGE_LABELS } from '../../spotify/time-range';
import { loadedItems, useTopItems } from '../../spotify/top-items-queries';
import type { Artist, TimeRange, Track } from '../../spotify/types';
import { BarChart, type Bar } from '../../components/bar-chart';
import { artistShare, decades, genres } from './chart-data';
import './insights.css';

export interface InsightsPageProps {
  range: TimeRange;
  /** The time-range switch, from the app shell (it belongs to features/top-items). */
  rangeTabs: ReactNode;
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

function describeBars(bars: readonly Bar[], unit: [string, string]) {
  return bars.map((bar) => `${bar.label}: ${plural(bar.value, ...unit)}`).join('; ');
}

/** Charts of the loaded top tracks and artists of one range: decades, artists' share, genres. */
export function InsightsPage({ range, rangeTabs }: InsightsPageProps) {
  const tracks = useTopItems('tracks', range);
  const artists = useTopItems('artists', range);
  const rangeLabel = RANGE_LABELS[range].long;

  const trackItems = loadedItems(tracks.data);
  const artistItems = loadedItems(artists.data);
  const failed = [tracks, artists].find((query) => query.isError && !query.data);
  const pending = [tracks, artists].find((query) => query.isPending);

  return (
    <section className="page" aria-labelledby="page-title">
      <title>{`Insights · ${rangeLabel} · Heavy Rotation`}</title>
      <header className="page-header">
        <div>
          <h1 id="page-title">Insights</h1>
          <p className="page-subtitle">From {rangeLabel}</p>
        </div>
        {rangeTabs}
      </header>
      {failed ? (
        <QueryError
          error={failed.error}
          onRetry={() => {
            if (tracks.isError) void tracks.refetch();
            if (artists.isError) void artists.refetch();
          }}
        />
      ) : pending ? (
        <>
          <RetryNotice
            failureReason={pending.failureReason}
            failureCount={pending.failureCount}
            fetchStatus={pending.fetchStatus}
          />
          <div className="charts" role="status" aria-label="Loading your insights">
            {[0, 1, 2].map((index) => (
              <div key={index} className="chart chart-skeleton skeleton-block" aria-hidden="true" />
            ))}
          </div>
        </>
      ) : trackItems.length === 0 && artistItems.length === 0 ? (
        <div className="empty-state">
          <h2>Nothing here yet</h2>
          <p>
            Spotify hasn't worked out your top tracks or artists for {rangeLabel}. Listen for a while, then come back —
            or try a longer range.
          </p>
        </div>
      ) : (
        <Charts tracks={trackItems} artists={artistItems} />
      )}
    </section>
  );
}

function Charts({ tracks, artists }: { tracks: readonly Track[]; artists: readonly Artist[] }) {
  const decadeBars = decades(tracks);
  const undated = tracks.length - decadeBars.reduce((sum, bar) => sum + bar.value, 0);
  const shareBars = artistShare(tracks, artists);
  const genreBars = genres(artists);
  const trackUnit: [string, string] = ['track', 'tracks'];
  const artistUnit: [string, string] = ['artist', 'artists'];
  return (
    <>
      <p className="list-meta">
        <span>
          From your top {plural(tracks.length, 'track', 'tracks')} and {plural(artists.length, 'artist', 'artists')}
        </span>
        <span className="attribution">
          Data from <SpotifyLogo size={16} />
        </span>
      </p>
      <div className="charts">
        <BarChart
          title="Decades of your top tracks"
          counts={`Tracks of your top ${tracks.length}, by the decade their album came out.`}
          bars={decadeBars}
          unit={trackUnit}
          summary={`Your top tracks by the decade their album came out. ${describeBars(decadeBars, trackUnit)}.`}
          labelHeader="Decade"
          valueHeader="Tracks"
        />
        {undated > 0 ? (
          <p className="chart-note">{plural(undated, 'track has', 'tracks have')} no release date.</p>
        ) : null}
        <BarChart
          title="Your top tracks by artist"
          counts={`Tracks of your top ${tracks.length}, each counted once: for the first of its artists among your top artists.`}
          bars={shareBars}
          unit={trackUnit}
          summary={`How many of your top tracks are by each of your top artists. ${describeBars(shareBars, trackUnit)}.`}
          labelHeader="Artist"
          valueHeader="Tracks"
        />
        {genreBars.length > 0 ? (
          <BarChart
            title="Genres of your top artists"
            counts={`Artists of your top ${artists.length} who carry each genre; an artist can carry several.`}
            bars={genreBars}
            unit={artistUnit}
            summary={`How many of your top artists carry each genre. ${describeBars(genreBars, artistUnit)}.`}
            labelHeader="Genre"
            valueHeader="Artists"
          />
        ) : artists.length > 0 ? (
          <p className="chart-note" id="genres-note">
            No genre chart: Spotify sent no genres for your top artists, as it does for apps in development mode.
          </p>
        ) : null}
      </div>
    </>
  );
}
