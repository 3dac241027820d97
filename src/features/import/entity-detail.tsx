// One track's or artist's plays over time: per month and per year, first and last play.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { formatNumber } from '../../i18n/format';
import { isolate, t } from '../../i18n/i18n';
import { chartsMessages } from './charts-messages';
import { importErrorText } from './import-errors';
import { formatDay, importSearch, periodLabel, withView, type ImportView } from './import-url';
import { MonthChart } from './month-chart';
import { PlaysByYearChart } from './plays-by-year-chart';
import { localDate } from './period-picker';
import { formatPlaysAndTime, trackUrl } from './play-count';
import { importQueries, importQueryClient } from './queries';
import { statsMessages } from './stats-messages';

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
        {importErrorText(result.error)} <Link to={back}>{t(statsMessages.backToList)}</Link>
      </p>
    );
  }
  if (result.isPending)
    return <div className="chart chart-skeleton skeleton-block" role="status" aria-label={t(statsMessages.loading)} />;
  if (!row) {
    return (
      <div className="empty-state">
        <h2>{t(statsMessages.notInHistory)}</h2>
        <p>
          {t(statsMessages.notInHistoryBody, { entity })} <Link to={back}>{t(statsMessages.backToList)}</Link>
        </p>
      </div>
    );
  }
  const label = periodLabel(view.period);
  const { first, last } = result.data;
  const by = view.allStreams ? 'streams' : 'plays';
  return (
    <article className="entity-detail" aria-labelledby="detail-title">
      <p className="eyebrow">{t(statsMessages.eyebrow, { entity })}</p>
      <h2 id="detail-title" ref={heading} tabIndex={-1}>
        {row.name}
      </h2>
      {row.artist ? <p className="item-sub">{[row.artist, row.album].filter(Boolean).join(' · ')}</p> : null}
      <dl className="history-totals">
        <div>
          <dt>{t(statsMessages.inPeriod, { period: label })}</dt>
          <dd>
            {formatPlaysAndTime(row.count, row.ms, view.allStreams)} (#{formatNumber(row.rank)})
          </dd>
        </div>
        <div>
          <dt>{t(statsMessages.firstPlayed)}</dt>
          <dd>{first === null ? '—' : formatDay(localDate(first))}</dd>
        </div>
        <div>
          <dt>{t(statsMessages.lastPlayed)}</dt>
          <dd>{last === null ? '—' : formatDay(localDate(last))}</dd>
        </div>
      </dl>
      {entity === 'track' ? <OpenInSpotify href={trackUrl(row.uri)} label={row.name} /> : null}
      <div className="charts">
        <MonthChart
          title={t(chartsMessages.perMonthOf, { by, name: isolate(row.name) })}
          months={result.data.perMonth}
          allStreams={view.allStreams}
        />
        <PlaysByYearChart
          title={t(chartsMessages.byYearOf, { by, name: isolate(row.name) })}
          years={result.data.perYear}
          allStreams={view.allStreams}
        />
      </div>
      <p className="page-footnote">
        <Link to={back}>{t(statsMessages.backToTop, { entity })}</Link>
      </p>
    </article>
  );
}
