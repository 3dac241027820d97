// What the imported-history page shows, read from and written to its URL (?period=2021&view=artists…),
// so a view can be shared, bookmarked and gone back to. Pure.
import { dateFormat } from '../../i18n/format';
import { t, type Message } from '../../i18n/i18n';
import { importMessages } from './messages';
import type { DateSpan, Entity, Metric, Period } from './protocol';

export type ListView = 'tracks' | 'artists' | 'albums';
export type View = ListView | 'overview' | 'files';

export const VIEWS: readonly View[] = ['tracks', 'artists', 'albums', 'overview', 'files'];
export const VIEW_LABELS: Record<View, Message> = {
  tracks: importMessages.viewTracks,
  artists: importMessages.viewArtists,
  albums: importMessages.viewAlbums,
  overview: importMessages.viewOverview,
  files: importMessages.viewFiles,
};
export const VIEW_ENTITY: Record<ListView, Entity> = { tracks: 'track', artists: 'artist', albums: 'album' };

/** Rows per page of a ranked list. */
export const PAGE_SIZE = 50;

export interface ImportView {
  period: Period;
  view: View;
  metric: Metric;
  /** Every stream, not only plays of 30 s or more. */
  allStreams: boolean;
  filter: string;
  /** 1-based page of the ranked list. */
  page: number;
  /** A track's or artist's detail view, by its row key. */
  detail: { entity: 'track' | 'artist'; key: string } | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LAST_SPANS = ['4w', '6m', '12m'] as const;

function validDate(value: string | null): value is string {
  if (!value || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function parsePeriod(params: URLSearchParams): Period {
  const value = params.get('period');
  if (value && /^\d{4}$/.test(value)) return { kind: 'year', year: Number(value) };
  const last = LAST_SPANS.find((span) => value === `last-${span}`);
  if (last) return { kind: 'last', span: last };
  if (value === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    if (validDate(from) && validDate(to))
      return from <= to ? { kind: 'range', from, to } : { kind: 'range', from: to, to: from };
  }
  return { kind: 'all' };
}

export function parseImportView(params: URLSearchParams): ImportView {
  const view = params.get('view');
  const page = Number(params.get('page'));
  const track = params.get('track');
  const artist = params.get('artist');
  return {
    period: parsePeriod(params),
    view: VIEWS.includes(view as View) ? (view as View) : 'tracks',
    metric: params.get('by') === 'minutes' ? 'minutes' : 'plays',
    allStreams: params.get('streams') === 'all',
    filter: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    detail: track ? { entity: 'track', key: track } : artist ? { entity: 'artist', key: artist } : null,
  };
}

/** The query string of a view: defaults are left out, so the plain page is `/import`. */
export function importSearch(view: ImportView): string {
  const params = new URLSearchParams();
  const { period } = view;
  if (period.kind === 'year') params.set('period', String(period.year));
  else if (period.kind === 'last') params.set('period', `last-${period.span}`);
  else if (period.kind === 'range') {
    params.set('period', 'custom');
    params.set('from', period.from);
    params.set('to', period.to);
  }
  if (view.view !== 'tracks') params.set('view', view.view);
  if (view.metric === 'minutes') params.set('by', 'minutes');
  if (view.allStreams) params.set('streams', 'all');
  if (view.filter) params.set('q', view.filter);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.detail) params.set(view.detail.entity, view.detail.key);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The same view with some parts changed; a new period, view, filter or order starts at page 1. */
export function withView(current: ImportView, change: Partial<ImportView>): ImportView {
  const resetsPage = ['period', 'view', 'filter', 'metric', 'allStreams'].some((key) => key in change);
  return { ...current, ...(resetsPage ? { page: 1 } : {}), ...change };
}

const SPAN_LABELS: Record<(typeof LAST_SPANS)[number], Message> = {
  '4w': importMessages.periodLast4w,
  '6m': importMessages.periodLast6m,
  '12m': importMessages.periodLast12m,
};

/** A local date 'YYYY-MM-DD' in words, in the page's language: "Mar 3, 2021" (as written, whatever the zone). */
export function formatDay(date: string): string {
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Two local dates as a span: "Jan 1, 2020 – Jun 30, 2020". */
export function formatDays(from: string, to: string): string {
  return t(importMessages.dateRange, { from: formatDay(from), to: formatDay(to) });
}

/**
 * The period in words, for headings and the share card: "all time", "2021", "the last 4 weeks of
 * the export". A phrase that stands on its own: sentences place it (no grammar is built around it).
 */
export function periodLabel(period: Period, span?: DateSpan | null): string {
  switch (period.kind) {
    case 'all':
      return t(importMessages.periodAll);
    case 'year':
      return String(period.year);
    case 'last':
      return t(SPAN_LABELS[period.span]);
    case 'range':
      return formatDays(span?.from ?? period.from, span?.to ?? period.to);
  }
}

/** A short, file-name-safe form of the period: "all-time", "2021", "last-4w", "2020-01-01-to-2020-06-30". */
export function periodSlug(period: Period): string {
  switch (period.kind) {
    case 'all':
      return 'all-time';
    case 'year':
      return String(period.year);
    case 'last':
      return `last-${period.span}`;
    case 'range':
      return `${period.from}-to-${period.to}`;
  }
}
