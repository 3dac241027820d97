// One track's or artist's plays over time: per month and per year, first and last play.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { formatDay, importSearch, periodLabel, withView, type ImportView } from './import-url';
import { MonthChart } from './month-chart';
import { PlaysByYearChart } from './plays-by-year-chart';
import { localDate } from './period-picker';
import { formatPlaysAndTime, trackUrl } from './play-count';
import { importQueries, importQueryClient } from './queries';

export function EntityDetail({ view }: { view: ImportView }) {
  const { detail } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  const entity = detail?.entity ?? 'track';
  const result = useQuery(
    { ...importQueries.detail(entity, detail?.key ?? '', view.period, view.allStreams), enabled: detail !== null },
    importQueryClient,
  );
  const back = {
    search: importSearch(withView(view, { detail: null, view: entity === 'track' ? 'tracks' : 'artists' })),
  };
  const row = result.data?.row;

  useEffect(() => {
    if (row) heading.current?.focus();
  }, [row]);

  if (result.isError) {
    return (
      <p className="callout" role="alert">
        {result.error.message} <Link to={back}>Back to the list</Link>
      </p>
    );
  }
  if (result.isPending)
    return <div className="chart chart-skeleton skeleton-block" role="status" aria-label="Loading" />;
  if (!row) {
    return (
      <div className="empty-state">
        <h2>Not in your history</h2>
        <p>
          This {entity} isn’t in the imported history (it may have been deleted).{' '}
          <Link to={back}>Back to the list</Link>
        </p>
      </div>
    );
  }
  const label = periodLabel(view.period);
  const { first, last } = result.data;
  return (
    <article className="entity-detail" aria-labelledby="detail-title">
      <p className="eyebrow">{entity === 'track' ? 'Track' : 'Artist'} in your history</p>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {row.name}
      </h2>
      {row.artist ? <p className="item-sub">{[row.artist, row.album].filter(Boolean).join(' · ')}</p> : null}
      <dl className="history-totals">
        <div>
          <dt>In {label}</dt>
          <dd>
            {formatPlaysAndTime(row.count, row.ms, view.allStreams)} (#{row.rank})
          </dd>
        </div>
        <div>
          <dt>First played</dt>
          <dd>{first === null ? '—' : formatDay(localDate(first))}</dd>
        </div>
        <div>
          <dt>Last played</dt>
          <dd>{last === null ? '—' : formatDay(localDate(last))}</dd>
        </div>
      </dl>
      {entity === 'track' ? <OpenInSpotify href={trackUrl(row.uri)} label={row.name} /> : null}
      <div className="charts">
        <MonthChart
          title={`${view.allStreams ? 'Streams' : 'Plays'} of ${row.name} per month`}
          months={result.data.perMonth}
          allStreams={view.allStreams}
        />
        <PlaysByYearChart
          title={`${view.allStreams ? 'Streams' : 'Plays'} of ${row.name} by year`}
          years={result.data.perYear}
          allStreams={view.allStreams}
        />
      </div>
      <p className="page-footnote">
        <Link to={back}>← Your top {entity === 'track' ? 'tracks' : 'artists'}</Link>
      </p>
    </article>
  );
}
