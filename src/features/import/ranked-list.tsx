// Top tracks, artists or albums of the imported history for a period: ranked by plays or by
// time, a page at a time, with a filter by name. Rows are compact (no artwork in an export), so
// the first one starts high on a phone.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { Link } from 'react-router';
import { useAfterNextPaint } from '../../components/after-next-paint';
import { OpenInSpotify } from '../../components/open-in-spotify';
import { formatCount } from '../../i18n/format';
import { isolate, t } from '../../i18n/i18n';
import type { QueryParams, RankedRow } from './history-client';
import { HistoryActions } from './history-actions';
import { importErrorText } from './import-errors';
import {
  importSearch,
  PAGE_SIZE,
  periodLabel,
  periodSlug,
  VIEW_ENTITY,
  withView,
  type ImportView,
  type ListView,
} from './import-url';
import { formatPlaysAndTime, trackUrl } from './play-count';
import { importMessages } from './messages';
import { importQueries, importQueryClient } from './queries';
import { statsMessages } from './stats-messages';

/** A row is at least this tall (import.css): the first paint renders just the rows a window can show. */
const ROW_MIN_HEIGHT = 52;

export function listParams(view: ImportView, list: ListView): QueryParams {
  return {
    period: view.period,
    entity: VIEW_ENTITY[list],
    metric: view.metric,
    allStreams: view.allStreams,
    // Left out when empty: the default list's key is the one a reload seeds (queries.ts).
    ...(view.filter.trim() ? { filter: view.filter.trim() } : {}),
    offset: (view.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

function Row({ row, list, view }: { row: RankedRow; list: ListView; view: ImportView }) {
  const detail =
    list === 'tracks'
      ? withView(view, { detail: { entity: 'track', key: row.key } })
      : list === 'artists'
        ? withView(view, { detail: { entity: 'artist', key: row.key } })
        : null;
  const sub = list === 'tracks' ? [row.artist, row.album].filter(Boolean).join(' · ') : row.artist;
  return (
    <li className="history-item">
      <span className="rank" aria-label={t(statsMessages.rank, { rank: row.rank })}>
        {row.rank}
      </span>
      <span className="item-main">
        {detail ? (
          <Link className="item-title" to={{ search: importSearch(detail) }}>
            {row.name}
          </Link>
        ) : (
          <span className="item-title">{row.name}</span>
        )}
        {sub ? <span className="item-sub">{sub}</span> : null}
      </span>
      <span className="play-count">{formatPlaysAndTime(row.count, row.ms, view.allStreams)}</span>
      {list === 'tracks' ? <OpenInSpotify href={trackUrl(row.uri)} label={row.name} compact /> : null}
    </li>
  );
}

export function RankedList({
  view,
  list,
  onChange,
}: {
  view: ImportView;
  list: ListView;
  onChange: (change: Partial<ImportView>, replace?: boolean) => void;
}) {
  const countsId = useId();
  // The list's first paint holds the rows that fill the window, the rest follow in the next
  // frame: one render of 50 rows was a main-thread task of 35–70 ms right after an import.
  const painted = useAfterNextPaint();
  const firstRows = painted ? Infinity : Math.max(4, Math.ceil(window.innerHeight / ROW_MIN_HEIGHT));
  const params = listParams(view, list);
  const result = useQuery({ ...importQueries.ranked(params), placeholderData: keepPreviousData }, importQueryClient);
  const label = periodLabel(view.period, result.data?.span);
  const total = result.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = params.offset + 1;
  const last = Math.min(params.offset + PAGE_SIZE, total);
  const pageLink = (page: number) => ({ search: importSearch(withView(view, { page })) });
  // The rows of this period and list, not the previous ones kept while it is asked.
  const ready = result.isSuccess && !result.isPlaceholderData;
  const shown = `${periodSlug(view.period)}:${params.entity}`;

  // For the bench (e2e/bench/measure-import.ts): one mark in the frame after a period's or list's
  // rows are on screen, named by the period as the URL writes it.
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() =>
      performance.mark('heavy-rotation:import-painted', {
        detail: { period: periodSlug(view.period), entity: params.entity },
      }),
    );
    return () => cancelAnimationFrame(frame);
    // Once per period and list shown: not on every render of the same rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, shown]);

  return (
    <>
      <div className="history-toolbar">
        <input
          type="search"
          className="history-filter"
          aria-label={t(statsMessages.filterLabel, { list })}
          placeholder={t(statsMessages.filterPlaceholder, { list })}
          value={view.filter}
          onChange={(event) => onChange({ filter: event.target.value }, true)}
        />
        <div className="metric-switch" role="group" aria-label={t(statsMessages.rankBy)}>
          <button type="button" aria-pressed={view.metric === 'plays'} onClick={() => onChange({ metric: 'plays' })}>
            {t(statsMessages.byPlays)}
          </button>
          <button
            type="button"
            aria-pressed={view.metric === 'minutes'}
            onClick={() => onChange({ metric: 'minutes' })}
          >
            {t(statsMessages.byTime)}
          </button>
        </div>
        <HistoryActions params={params} total={total} periodLabel={label} periodSlug={periodSlug(view.period)} />
      </div>
      <p className="list-meta">
        <span aria-live="polite">
          {result.isPending
            ? t(statsMessages.ranking, { list })
            : total === 0
              ? view.filter
                ? t(statsMessages.noMatch, { list, filter: isolate(view.filter) })
                : t(statsMessages.noneInPeriod, { list, period: label })
              : t(statsMessages.showing, { list, first: formatCount(first), last: formatCount(last), total })}
        </span>
        <label className="streams-switch">
          <input
            type="checkbox"
            role="switch"
            checked={view.allStreams}
            aria-label={t(statsMessages.countEveryStream)}
            aria-describedby={countsId}
            onChange={(event) => onChange({ allStreams: event.target.checked })}
          />
          {t(statsMessages.everyStream)}
          <span id={countsId} className="visually-hidden">
            {t(statsMessages.everyStreamNote)}
          </span>
        </label>
      </p>
      {result.isError ? (
        <p className="callout" role="alert">
          {importErrorText(result.error)}{' '}
          <button type="button" className="button subtle" onClick={() => void result.refetch()}>
            {t(importMessages.tryAgain)}
          </button>
        </p>
      ) : result.isPending ? (
        <ol className="history-items skeleton" aria-label={t(statsMessages.loadingTop, { list })}>
          {Array.from({ length: 8 }, (_, index) => (
            <li key={index} className="history-item skeleton-item" aria-hidden="true" />
          ))}
        </ol>
      ) : (
        <ol
          className="history-items"
          aria-label={t(statsMessages.listLabel, {
            list,
            period: label,
            by: view.metric === 'plays' ? (view.allStreams ? 'streams' : 'plays') : 'time',
          })}
          aria-busy={result.isPlaceholderData}
          data-import-ready={ready ? periodSlug(view.period) : undefined}
        >
          {result.data.rows.slice(0, firstRows).map((row) => (
            <Row key={row.key} row={row} list={list} view={view} />
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav className="pager" aria-label={t(statsMessages.pagesLabel, { list })}>
          {view.page > 1 ? (
            <Link className="button" to={pageLink(view.page - 1)} rel="prev">
              {t(statsMessages.previous)}
            </Link>
          ) : null}
          <span>{t(statsMessages.pageOf, { page: view.page, pages })}</span>
          {view.page < pages ? (
            <Link className="button" to={pageLink(view.page + 1)} rel="next">
              {t(statsMessages.next)}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
