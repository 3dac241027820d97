// Totals and charts of the imported history for a period: plays per month, the listening clock,
// streaks and records, and when each top track was first played.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { chartsMessages } from './charts-messages';
import type { HistoryStatus, SideTotals, Summary } from './history-client';
import { importErrorText } from './import-errors';
import { formatDay, importSearch, withView, type ImportView } from './import-url';
import { ListeningClock } from './listening-clock';
import { MonthChart } from './month-chart';
import { localDate } from './period-picker';
import { formatPlays, formatPlaysAndTime, formatPlayTime } from './play-count';
import { importMessages } from './messages';
import { importQueries, importQueryClient } from './queries';
import { statsMessages } from './stats-messages';

const formatCount = (value: number) => formatNumber(value);

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
    <dl className="history-totals" aria-label={t(statsMessages.totals)}>
      <div>
        <dt>{t(allStreams ? statsMessages.totalStreams : statsMessages.totalPlays)}</dt>
        <dd>{formatCount(totals.count)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.timePlayed)}</dt>
        <dd>{formatPlayTime(totals.ms)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.tracks)}</dt>
        <dd>{formatCount(totals.tracks)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.artists)}</dt>
        <dd>{formatCount(totals.artists)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.albums)}</dt>
        <dd>{formatCount(totals.albums)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.daysListened)}</dt>
        <dd>{formatCount(totals.daysListened)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.firstStream)}</dt>
        <dd>{when(totals.first)}</dd>
      </div>
      <div>
        <dt>{t(statsMessages.lastStream)}</dt>
        <dd>{when(totals.last)}</dd>
      </div>
      <Side label={t(statsMessages.podcasts)} totals={totals.podcasts} allStreams={allStreams} />
      <Side label={t(statsMessages.audiobooks)} totals={totals.audiobooks} allStreams={allStreams} />
      <Side label={t(statsMessages.videos)} totals={totals.videos} allStreams={allStreams} />
    </dl>
  );
}

function Records({ summary, view }: { summary: Summary; view: ImportView }) {
  const { longestStreak, mostPlaysInOneDay } = summary;
  if (!longestStreak && !mostPlaysInOneDay) return null;
  return (
    <section className="chart" aria-labelledby="records-title">
      <h2 id="records-title" className="chart-title">
        {t(statsMessages.records)}
      </h2>
      <dl className="records">
        {longestStreak ? (
          <div>
            <dt>{t(statsMessages.longestStreak)}</dt>
            <dd>
              {t(statsMessages.streak, {
                days: longestStreak.days,
                from: formatDay(longestStreak.from),
                to: formatDay(longestStreak.to),
              })}
            </dd>
          </div>
        ) : null}
        {mostPlaysInOneDay ? (
          <div>
            <dt>{t(statsMessages.mostInADay, { by: view.allStreams ? 'streams' : 'plays' })}</dt>
            <dd>
              <T
                msg={
                  mostPlaysInOneDay.track.artist ? statsMessages.mostInADayValue : statsMessages.mostInADayValueNoArtist
                }
                values={{
                  plays: formatPlays(mostPlaysInOneDay.count, view.allStreams),
                  track: <bdi>{mostPlaysInOneDay.track.name}</bdi>,
                  artist: <bdi>{mostPlaysInOneDay.track.artist}</bdi>,
                  date: formatDay(mostPlaysInOneDay.date),
                }}
                tags={{
                  link: (children) => (
                    <Link
                      to={{
                        search: importSearch(
                          withView(view, { detail: { entity: 'track', key: mostPlaysInOneDay.track.key } }),
                        ),
                      }}
                    >
                      {children}
                    </Link>
                  ),
                }}
              />
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

function FirstPlayed({ summary, view }: { summary: Summary; view: ImportView }) {
  if (summary.firstPlayed.length === 0) return null;
  const title = t(statsMessages.firstPlayedTitle);
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
            <th scope="col">{t(statsMessages.track)}</th>
            <th scope="col">{t(statsMessages.firstPlayed)}</th>
          </tr>
        </thead>
        <tbody>
          {summary.firstPlayed.map(({ track, first }) => (
            <tr key={track.key}>
              <th scope="row">
                <span className="first-rank">{formatCount(track.rank)}.</span>{' '}
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
        {importErrorText(summary.error)}{' '}
        <button type="button" className="button subtle" onClick={() => void summary.refetch()}>
          {t(importMessages.tryAgain)}
        </button>
      </p>
    );
  }
  if (summary.isPending) {
    return (
      <div className="charts" role="status" aria-label={t(statsMessages.counting)}>
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
            title={t(chartsMessages.perMonthWhole, { by: view.allStreams ? 'streams' : 'plays' })}
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
