// Export CSV / JSON and the share card for the list on screen, for its period, behind one small
// "Export or share" button (a disclosure: the list keeps its place high on a phone). The file
// builders and the card load on use.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { CardItem } from '../../components/share-card';
import { query, type Entity, type QueryParams } from './history-client';
import { formatPlays } from './play-count';

const ShareCardDialog = lazy(() =>
  import('../../components/share-card-dialog').then((m) => ({ default: m.ShareCardDialog })),
);

const PLURAL: Record<Entity, string> = { track: 'tracks', artist: 'artists', album: 'albums' };

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
  const noun = PLURAL[params.entity];

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
    setStatus('Preparing the file…');
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
      setStatus(
        `Exported ${all.rows.length} ${all.rows.length === 1 ? noun.slice(0, -1) : noun} as ${format.toUpperCase()}.`,
      );
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : 'try again.'}`);
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
      setStatus(`The card could not be made: ${error instanceof Error ? error.message : 'try again.'}`);
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
        aria-label="Export or share"
      >
        {/* One box: as the button's only flex item, the words keep their space. */}
        <span>
          Export<span className="wide-only"> or share</span>
        </span>
      </button>
      <div ref={panel} id={panelId} className="history-actions-panel" hidden={!open}>
        <button type="button" className="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button type="button" className="button" aria-haspopup="dialog" onClick={() => void openShare()}>
          Share top 10
        </button>
      </div>
      {/* Heard, not shown: the download itself is what a sighted user sees, and the toolbar keeps its one line. */}
      <span className="visually-hidden" role="status">
        {status}
      </span>
      {share ? (
        <Suspense fallback={null}>
          <ShareCardDialog
            title={`Share your top 10 ${noun} of ${periodLabel}`}
            heading={`My top 10 of ${periodLabel}`}
            rangeLabel={`${noun.charAt(0).toUpperCase()}${noun.slice(1)}, by ${params.metric}`}
            items={share}
            fileStem={`heavy-rotation-history-top-${noun}-${periodSlug}`}
            subject={`your top 10 ${noun} of ${periodLabel}`}
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
