// Totals and charts of the imported history for a period: plays per month, the listening clock,
// streaks and records, and when each top track was first played.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { HistoryStatus, SideTotals, Summary } from './history-client';
import { formatDay, importSearch, withView, type ImportView } from './import-url';
import { ListeningClock } from './listening-clock';
import { MonthChart } from './month-chart';
import { localDate } from './period-picker';
import { formatPlays, formatPlaysAndTime, formatPlayTime } from './play-count';
import { importQueries, importQueryClient } from './queries';

const whole = new Intl.NumberFormat('en');

function formatCount(value: number): string {
  return whole.format(value);
}

function when(ms: number | null): string {
  return ms === null ? '—' : formatDay(localDate(ms));
}

function Side({ label, totals, allStreams }: { label: string; totals: SideTotals; allStreams: boolean }) {
  if (totals.streams === 0) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{formatPlaysAndTime(allStreams ? totals.streams : totals.plays, totals.ms, allStreams)}</dd>
    </div>
  );
}

export function TotalsList({ summary, allStreams }: { summary: Summary; allStreams: boolean }) {
  const { totals } = summary;
  return (
    <dl className="history-totals" aria-label="Totals">
      <div>
        <dt>{allStreams ? 'Streams' : 'Plays'}</dt>
        <dd>{formatCount(totals.count)}</dd>
      </div>
      <div>
        <dt>Time played</dt>
        <dd>{formatPlayTime(totals.ms)}</dd>
      </div>
      <div>
        <dt>Tracks</dt>
        <dd>{formatCount(totals.tracks)}</dd>
      </div>
      <div>
        <dt>Artists</dt>
        <dd>{formatCount(totals.artists)}</dd>
      </div>
      <div>
        <dt>Albums</dt>
        <dd>{formatCount(totals.albums)}</dd>
      </div>
      <div>
        <dt>Days listened</dt>
        <dd>{formatCount(totals.daysListened)}</dd>
      </div>
      <div>
        <dt>First stream</dt>
        <dd>{when(totals.first)}</dd>
      </div>
      <div>
        <dt>Last stream</dt>
        <dd>{when(totals.last)}</dd>
      </div>
      <Side label="Podcasts (apart from music)" totals={totals.podcasts} allStreams={allStreams} />
      <Side label="Audiobooks (apart from music)" totals={totals.audiobooks} allStreams={allStreams} />
      <Side label="Videos (apart from music)" totals={totals.videos} allStreams={allStreams} />
    </dl>
  );
}

function Records({ summary, view }: { summary: Summary; view: ImportView }) {
  const { longestStreak, mostPlaysInOneDay } = summary;
  if (!longestStreak && !mostPlaysInOneDay) return null;
  return (
    <section className="chart" aria-labelledby="records-title">
      <h2 id="records-title" className="chart-title">
        Records
      </h2>
      <dl className="records">
        {longestStreak ? (
          <div>
            <dt>Longest daily streak</dt>
            <dd>
              {formatCount(longestStreak.days)} {longestStreak.days === 1 ? 'day' : 'days'} in a row,{' '}
              {formatDay(longestStreak.from)} – {formatDay(longestStreak.to)}
            </dd>
          </div>
        ) : null}
        {mostPlaysInOneDay ? (
          <div>
            <dt>Most {view.allStreams ? 'streams' : 'plays'} of one track in a day</dt>
            <dd>
              {formatPlays(mostPlaysInOneDay.count, view.allStreams)} of{' '}
              <Link
                to={{
                  search: importSearch(
                    withView(view, { detail: { entity: 'track', key: mostPlaysInOneDay.track.key } }),
                  ),
                }}
              >
                {mostPlaysInOneDay.track.name}
              </Link>
              {mostPlaysInOneDay.track.artist ? ` by ${mostPlaysInOneDay.track.artist}` : ''} on{' '}
              {formatDay(mostPlaysInOneDay.date)}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function FirstPlayed({ summary, view }: { summary: Summary; view: ImportView }) {
  if (summary.firstPlayed.length === 0) return null;
  const title = 'When you first played your top tracks';
  return (
    <section className="chart" aria-labelledby="first-played-title">
      <h2 id="first-played-title" className="chart-title">
        {title}
      </h2>
      {/* A table for everyone: a timeline of ten dates says no more than the dates. */}
      <table className="first-played">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Track</th>
            <th scope="col">First played</th>
          </tr>
        </thead>
        <tbody>
          {summary.firstPlayed.map(({ track, first }) => (
            <tr key={track.key}>
              <th scope="row">
                <span className="first-rank">{track.rank}.</span>{' '}
                <Link to={{ search: importSearch(withView(view, { detail: { entity: 'track', key: track.key } })) }}>
                  {track.name}
                </Link>
                {track.artist ? <span className="item-sub"> {track.artist}</span> : null}
              </th>
              <td>{formatDay(localDate(first))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function HistoryOverview({ view, status }: { view: ImportView; status: HistoryStatus }) {
  const summary = useQuery(
    { ...importQueries.summary(view.period, view.allStreams), placeholderData: keepPreviousData },
    importQueryClient,
  );
  // Plays per month across the whole history, whatever the period.
  const whole = useQuery(importQueries.summary({ kind: 'all' }, view.allStreams), importQueryClient);
  if (summary.isError) {
    return (
      <p className="callout" role="alert">
        {summary.error.message}{' '}
        <button type="button" className="button subtle" onClick={() => void summary.refetch()}>
          Try again
        </button>
      </p>
    );
  }
  if (summary.isPending) {
    return (
      <div className="charts" role="status" aria-label="Counting your history">
        {[0, 1, 2].map((index) => (
          <div key={index} className="chart chart-skeleton skeleton-block" aria-hidden="true" />
        ))}
      </div>
    );
  }
  return (
    <div className="history-overview" aria-busy={summary.isPlaceholderData}>
      <TotalsList summary={summary.data} allStreams={view.allStreams} />
      <div className="charts">
        {whole.data ? (
          <MonthChart
            title={`${view.allStreams ? 'Streams' : 'Plays'} per month, your whole history`}
            months={whole.data.perMonth}
            allStreams={view.allStreams}
          />
        ) : null}
        <ListeningClock clock={summary.data.clock} allStreams={view.allStreams} timeZone={status.timeZone} />
        <Records summary={summary.data} view={view} />
        <FirstPlayed summary={summary.data} view={view} />
      </div>
    </div>
  );
}
