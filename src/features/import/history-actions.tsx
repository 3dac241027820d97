// Export CSV / JSON and the share card for the list on screen, for its period, behind one small
// "Export or share" button (a disclosure: the list keeps its place high on a phone). The file
// builders and the card load on use.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { CardItem } from '../../components/share-card';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { query, type QueryParams } from './history-client';
import { importErrorText } from './import-errors';
import { formatPlays } from './play-count';
import { statsMessages } from './stats-messages';

const ShareCardDialog = lazy(() =>
  import('../../components/share-card-dialog').then((m) => ({ default: m.ShareCardDialog })),
);

export interface HistoryActionsProps {
  /** The list's query (its first page); exports take every row that matches it. */
  params: QueryParams;
  /** Rows matching; nothing to export while 0. */
  total: number;
  periodLabel: string;
  periodSlug: string;
}

export function HistoryActions({ params, total, periodLabel, periodSlug }: HistoryActionsProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [share, setShare] = useState<CardItem[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const entity = params.entity;

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        button.current?.focus();
        return;
      }
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  /** A choice closes the menu and hands focus back to its button, as a menu does. */
  function chosen() {
    setOpen(false);
    button.current?.focus();
  }

  async function exportAs(format: 'csv' | 'json') {
    chosen();
    setStatus(t(statsMessages.preparing));
    try {
      const [all, builders, files] = await Promise.all([
        query({ ...params, offset: 0, limit: Math.max(total, 1) }),
        import('./history-export'),
        import('../../components/export-file'),
      ]);
      const input = {
        entity: params.entity,
        metric: params.metric,
        allStreams: params.allStreams,
        periodLabel,
        periodSlug,
        span: all.span,
        rows: all.rows,
      };
      files.download(format === 'csv' ? builders.historyToCsv(input) : builders.historyToJson(input));
      setStatus(t(statsMessages.exported, { entity, count: all.rows.length, format: format.toUpperCase() }));
    } catch (error) {
      setStatus(t(statsMessages.exportFailed, { reason: importErrorText(error) }));
    }
  }

  async function openShare() {
    chosen();
    setStatus('');
    try {
      const top = await query({ ...params, filter: undefined, offset: 0, limit: 10 });
      setShare(
        top.rows.map((row) => ({
          title: row.name,
          subtitle: [row.artist, formatPlays(row.count, params.allStreams)].filter(Boolean).join(' · '),
          images: [],
        })),
      );
    } catch (error) {
      setStatus(t(statsMessages.cardFailed, { reason: importErrorText(error) }));
    }
  }

  return (
    <div className="history-actions">
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={total === 0}
        onClick={() => setOpen(!open)}
        // The name stays whole where a phone shows only "Export".
        aria-label={t(statsMessages.exportOrShare)}
      >
        {/* One box: as the button's only flex item, the words keep their space. */}
        <span>
          <T
            msg={statsMessages.exportOrShareShort}
            tags={{ wide: (children) => <span className="wide-only">{children}</span> }}
          />
        </span>
      </button>
      <div ref={panel} id={panelId} className="history-actions-panel" hidden={!open}>
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          {t(statsMessages.exportCsv)}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')}>
          {t(statsMessages.exportJson)}
        </button>
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => void openShare()}>
          {t(statsMessages.shareTop)}
        </button>
      </div>
      {/* Heard, not shown: the download itself is what a sighted user sees, and the toolbar keeps its one line. */}
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {share ? (
        <Suspense fallback={null}>
          <ShareCardDialog
            title={t(statsMessages.shareTitle, { entity, period: periodLabel })}
            heading={t(statsMessages.cardHeading, { period: periodLabel })}
            rangeLabel={t(statsMessages.cardRange, { entity, by: params.metric })}
            items={share}
            fileStem={t(statsMessages.fileStem, { entity, period: periodSlug })}
            subject={t(statsMessages.shareSubject, { entity, period: periodLabel })}
            onClose={() => {
              setShare(null);
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
