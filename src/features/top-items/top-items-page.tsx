import { useCallback, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useAfterNextPaint } from '../../components/after-next-paint';
import { useDelegatedLinks } from '../../components/delegated-links';
import { QueryError } from '../../components/query-error';
import { RetryNotice } from '../../components/retry-notice';
import { SkeletonList } from '../../components/skeleton-list';
import { SpotifyLogo } from '../../components/spotify-logo';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';
import { rangeFromSearch, rangeLabel } from '../../spotify/time-range';
import { loadedItems, useTopItems } from '../../spotify/top-items-queries';
import { ArtistRow } from './artist-row';
import { topItemsMessages as messages } from './messages';
import { RangeTabs } from './range-tabs';
import { TrackRow } from './track-row';
import './top-items.css';

/** Rows above the fold load their artwork at once; the rest lazily. */
const EAGER_ROWS = 8;
/**
 * No layout puts a list's top higher on the page than this (header, title, tabs and actions
 * above it): CSS px. 335 on wide screens, 352 on a 412 px phone; this leaves a margin. Used
 * until the list's placeholder has shown where the list starts.
 */
const LIST_TOP_AT_LEAST = 320;
/** A row's height at least (`.item-row` min-height, with its gap): CSS px. */
const ROW_HEIGHT_AT_LEAST = 64;

/**
 * Rows rendered with the list's first paint: just enough to fill the window below the list's
 * top (`listTop`, in the window, when measured; else the highest it can be), so the rest, which
 * follow once that frame is painted, appear out of sight and move nothing in sight.
 */
export function firstPaintRows(viewportHeight: number, listTop = LIST_TOP_AT_LEAST): number {
  return Math.max(4, Math.ceil((viewportHeight - listTop) / ROW_HEIGHT_AT_LEAST));
}

/** What the app shell adds around a list: actions (export, share, …) and per-row badges. */
export interface TopListContext {
  type: TopItemType;
  range: TimeRange;
  /** The items shown so far, in rank order: none while the list loads (actions show, with nothing to act on). */
  items: readonly (Track | Artist)[];
  /** True when every item Spotify has is loaded. */
  complete: boolean;
}

export interface TopItemsPageProps {
  type: TopItemType;
  actions?: (context: TopListContext) => ReactNode;
  badge?: (item: Track | Artist, context: TopListContext) => ReactNode;
}

export function TopItemsPage({ type, actions, badge }: TopItemsPageProps) {
  const [searchParams] = useSearchParams();
  const range = rangeFromSearch(searchParams);
  const query = useTopItems(type, range);
  const followLink = useDelegatedLinks();
  // Where the rows will start in the window: the loading placeholder stands exactly there (the
  // actions and the line above it are already in place). On a phone that is half-way down.
  const [listTop, setListTop] = useState<number>();
  const measureListTop = useCallback((placeholder: HTMLElement | null) => {
    if (placeholder) setListTop(placeholder.getBoundingClientRect().top);
  }, []);
  const title = t(messages.title, { type });

  const loading = query.isPending;
  const items: (Track | Artist)[] = loadedItems(query.data);
  const total = query.data?.pages[0]?.total ?? 0;
  const context: TopListContext = { type, range, items, complete: query.isSuccess && !query.hasNextPage };
  const firstRows = firstPaintRows(window.innerHeight, listTop);
  const renderRow = (item: Track | Artist, index: number) => {
    const key = `${item.id}-${index}`;
    const row = { rank: index + 1, eager: index < EAGER_ROWS, badge: badge?.(item, context) };
    return type === 'tracks' ? (
      <TrackRow key={key} track={item as Track} {...row} />
    ) : (
      <ArtistRow key={key} artist={item as Artist} {...row} />
    );
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <title>{t(messages.documentTitle, { title, range: rangeLabel(range) })}</title>
      <header className="page-header">
        <div>
          <h1 id="page-title">{title}</h1>
          <p className="page-subtitle">{t(messages.subtitle, { range })}</p>
        </div>
        <RangeTabs type={type} current={range} />
      </header>
      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : !loading && items.length === 0 ? (
        <div className="empty-state">
          <h2>{t(messages.emptyTitle)}</h2>
          <p>{t(messages.empty, { type, range })}</p>
        </div>
      ) : (
        <>
          {/* The actions and this line are there while the list loads (with nothing to act on yet),
              so the rows take the placeholder's place and only they are new when the list arrives. */}
          {actions ? <div className="list-actions">{actions(context)}</div> : null}
          <p className="list-meta">
            <span aria-live="polite">
              {loading ? t(messages.loading, { type }) : t(messages.showing, { type, shown: items.length, total })}
            </span>
            <span className="attribution">
              <T msg={messages.dataFrom} values={{ logo: <SpotifyLogo size={16} /> }} />
            </span>
          </p>
          {loading ? (
            <>
              <RetryNotice
                failureReason={query.failureReason}
                failureCount={query.failureCount}
                fetchStatus={query.fetchStatus}
              />
              <SkeletonList label={t(messages.loadingLabel, { type })} ref={measureListTop} />
            </>
          ) : (
            <>
              {/* The rows' links to artist pages navigate through this one handler (delegated-links.ts). */}
              <ol className="item-list" aria-label={t(messages.listLabel, { type, range })} onClick={followLink}>
                {items.slice(0, firstRows).map(renderRow)}
                <LaterRows
                  key={`${type}-${range}`}
                  items={items.slice(firstRows)}
                  render={(item, index) => renderRow(item, index + firstRows)}
                />
              </ol>
              {query.isFetchNextPageError ? (
                <QueryError error={query.error} onRetry={() => void query.fetchNextPage()} />
              ) : query.hasNextPage ? (
                <div className="show-more">
                  <RetryNotice
                    failureReason={query.failureReason}
                    failureCount={query.failureCount}
                    fetchStatus={query.fetchStatus}
                  />
                  <button
                    type="button"
                    className="button"
                    onClick={() => void query.fetchNextPage()}
                    disabled={query.isFetchingNextPage}
                  >
                    {t(query.isFetchingNextPage ? messages.loadingMore : messages.showMore)}
                  </button>
                </div>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Rows below the first screen: rendered after the first rows have painted. */
function LaterRows({
  items,
  render,
}: {
  items: readonly (Track | Artist)[];
  render: (item: Track | Artist, index: number) => ReactNode;
}) {
  const painted = useAfterNextPaint();
  return painted ? <>{items.map(render)}</> : null;
}
