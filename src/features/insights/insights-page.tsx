import type { ReactNode } from 'react';
import { BarChart, type Bar } from '../../components/bar-chart';
import { QueryError } from '../../components/query-error';
import { RetryNotice } from '../../components/retry-notice';
import { SpotifyLogo } from '../../components/spotify-logo';
import { formatList, formatNumber } from '../../i18n/format';
import { isolate, t, type Message } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { loadedItems, useTopItems } from '../../spotify/top-items-queries';
import type { Artist, TimeRange, Track } from '../../spotify/types';
import { artistShare, decades, genres } from './chart-data';
import { insightsMessages as messages } from './messages';
import './insights.css';

export interface InsightsPageProps {
  range: TimeRange;
  /** The time-range switch, from the app shell (it belongs to features/top-items). */
  rangeTabs: ReactNode;
}

/** What a chart's numbers count: one plural message ("2 tracks"), for its table and its summary. */
function counter(message: Message) {
  return (count: number) => t(message, { count });
}

/** A bar's number as drawn beside it, in the page's digits and grouping. */
const formatValue = (value: number) => formatNumber(value);

function describeBars(bars: readonly Bar[], valueText: (value: number) => string) {
  return formatList(
    bars.map((bar) => t(messages.bar, { label: isolate(bar.label), value: valueText(bar.value) })),
    'unit',
  );
}

/** Charts of the loaded top tracks and artists of one range: decades, artists' share, genres. */
export function InsightsPage({ range, rangeTabs }: InsightsPageProps) {
  const tracks = useTopItems('tracks', range);
  const artists = useTopItems('artists', range);

  const trackItems = loadedItems(tracks.data);
  const artistItems = loadedItems(artists.data);
  const failed = [tracks, artists].find((query) => query.isError && !query.data);
  const pending = [tracks, artists].find((query) => query.isPending);

  return (
    <section className="page" aria-labelledby="page-title">
      <title>{t(messages.documentTitle, { range })}</title>
      <header className="page-header">
        <div>
          <h1 id="page-title">{t(messages.title)}</h1>
          <p className="page-subtitle">{t(messages.subtitle, { range })}</p>
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
          <div className="charts" role="status" aria-label={t(messages.loading)}>
            {[0, 1, 2].map((index) => (
              <div key={index} className="chart chart-skeleton skeleton-block" aria-hidden="true" />
            ))}
          </div>
        </>
      ) : trackItems.length === 0 && artistItems.length === 0 ? (
        <div className="empty-state">
          <h2>{t(messages.emptyTitle)}</h2>
          <p>{t(messages.emptyText, { range })}</p>
        </div>
      ) : (
        <Charts tracks={trackItems} artists={artistItems} />
      )}
    </section>
  );
}

function Charts({ tracks, artists }: { tracks: readonly Track[]; artists: readonly Artist[] }) {
  const decadeBars: Bar[] = decades(tracks).map(({ decade, value }) => ({
    label: t(messages.decade, { decade }),
    value,
  }));
  const undated = tracks.length - decadeBars.reduce((sum, bar) => sum + bar.value, 0);
  const shareBars: Bar[] = artistShare(tracks, artists).map(({ name, value }) => ({
    label: name ?? t(messages.otherArtists),
    value,
  }));
  const genreBars = genres(artists);
  const trackCount = counter(messages.tracksValue);
  const artistCount = counter(messages.artistsValue);
  return (
    <>
      <p className="list-meta">
        <span>{t(messages.meta, { tracks: tracks.length, artists: artists.length })}</span>
        <span className="attribution">
          <T msg={messages.dataFrom} values={{ logo: <SpotifyLogo size={16} /> }} />
        </span>
      </p>
      <div className="charts">
        <BarChart
          title={t(messages.decadesTitle)}
          counts={t(messages.decadesCounts, { count: tracks.length })}
          bars={decadeBars}
          valueText={trackCount}
          formatValue={formatValue}
          summary={t(messages.decadesSummary, { bars: describeBars(decadeBars, trackCount) })}
          labelHeader={t(messages.decadeHeader)}
          valueHeader={t(messages.tracksHeader)}
        />
        {undated > 0 ? <p className="chart-note">{t(messages.undated, { count: undated })}</p> : null}
        <BarChart
          title={t(messages.shareTitle)}
          counts={t(messages.shareCounts, { count: tracks.length })}
          bars={shareBars}
          valueText={trackCount}
          formatValue={formatValue}
          summary={t(messages.shareSummary, { bars: describeBars(shareBars, trackCount) })}
          labelHeader={t(messages.artistHeader)}
          valueHeader={t(messages.tracksHeader)}
        />
        {genreBars.length > 0 ? (
          <BarChart
            title={t(messages.genresTitle)}
            counts={t(messages.genresCounts, { count: artists.length })}
            bars={genreBars}
            valueText={artistCount}
            formatValue={formatValue}
            summary={t(messages.genresSummary, { bars: describeBars(genreBars, artistCount) })}
            labelHeader={t(messages.genreHeader)}
            valueHeader={t(messages.artistsHeader)}
          />
        ) : artists.length > 0 ? (
          <p className="chart-note" id="genres-note">
            {t(messages.noGenres)}
          </p>
        ) : null}
      </div>
    </>
  );
}
