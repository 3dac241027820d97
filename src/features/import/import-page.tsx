// /import: bring in the listener's Spotify data export, entirely in the browser, and explore it
// for any period. Works signed out and with no client ID; the worker does the reading and the
// counting (history-client.ts), this page only renders.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '../../i18n/i18n';
import { EntityDetail } from './entity-detail';
import type { HistoryStatus } from './history-client';
import { HistoryOverview } from './history-overview';
import { RequestExportHelp, WhatCountsHelp } from './import-help';
import { importErrorText } from './import-errors';
import { labelValues } from './import-label';
import { ImportPanel, ProgressLine } from './import-panel';
import {
  importSearch,
  parseImportView,
  periodLabel,
  VIEW_LABELS,
  VIEWS,
  withView,
  type ImportView,
  type View,
} from './import-url';
import { importMessages } from './messages';
import { PeriodPicker } from './period-picker';
import { importQueries, importQueryClient } from './queries';
import { RankedList } from './ranked-list';
import { formatBytes, StoragePanel } from './storage-panel';
import { useFileDrop } from './use-file-drop';
import { useImport, type ImportControl } from './use-import';
import './import.css';

export interface ImportPageProps {
  /** Builds the sample export's files in the browser (from the app shell: the demo's catalogue). */
  loadSample?: () => Promise<File[]>;
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function ViewTabs({ view }: { view: ImportView }) {
  return (
    <nav className="range-tabs history-tabs" aria-label={t(importMessages.tabs)}>
      {VIEWS.map((option: View) => (
        <Link
          key={option}
          className="range-tab"
          to={{ search: importSearch(withView(view, { view: option, detail: null, filter: '' })) }}
          aria-current={view.view === option && !view.detail ? 'page' : undefined}
        >
          {t(VIEW_LABELS[option])}
        </Link>
      ))}
    </nav>
  );
}

/** Kept on the device: the worker writes a moment after the import; say when it is safe to leave. */
function SavedNote({ storage }: { storage: HistoryStatus['storage'] }) {
  const info = useQuery({ ...importQueries.storage(), enabled: storage === 'device' }, importQueryClient);
  if (storage !== 'device') return null;
  return (
    <span role="status">
      {' '}
      {info.isFetching || !info.data
        ? t(importMessages.saving)
        : t(importMessages.savedSize, { size: formatBytes(info.data.bytes) })}
    </span>
  );
}

/** One line after an import, above the results: what it added, and where the per-file list is. */
function ImportNotice({
  control,
  view,
  storage,
}: {
  control: ImportControl;
  view: ImportView;
  storage: HistoryStatus['storage'];
}) {
  const { current } = control;
  if (current.state !== 'done' || view.view === 'files') return null;
  const failed = current.result.files.filter((file) => file.outcome === 'error').length;
  return (
    <p className="import-notice">
      {t(importMessages.imported, { ...labelValues(current.label), count: current.result.totals.streamsAdded })}
      <SavedNote storage={storage} /> {failed > 0 ? <>{t(importMessages.filesFailed, { count: failed })} </> : null}
      <Link to={{ search: importSearch(withView(view, { view: 'files', detail: null })) }}>
        {t(failed > 0 ? importMessages.seeWhatToDo : importMessages.seeEachFile)}
      </Link>
    </p>
  );
}

function Results({
  view,
  status,
  control,
  loadSample,
  onChange,
  onDeleted,
}: {
  view: ImportView;
  status: HistoryStatus;
  control: ImportControl;
  loadSample?: () => Promise<File[]>;
  onChange: (change: Partial<ImportView>, replace?: boolean) => void;
  onDeleted: () => void;
}) {
  return (
    <>
      <ViewTabs view={view} />
      {control.current.state === 'running' && view.view !== 'files' ? <ProgressLine control={control} /> : null}
      <ImportNotice control={control} view={view} storage={status.storage} />
      {view.detail ? (
        <EntityDetail view={view} />
      ) : view.view === 'overview' ? (
        <HistoryOverview view={view} status={status} />
      ) : view.view === 'files' ? (
        <div className="history-files">
          <ImportPanel control={control} storage={status.storage} loadSample={loadSample} />
          <StoragePanel onDeleted={onDeleted} />
          <WhatCountsHelp timeZone={status.timeZone} />
          <RequestExportHelp />
        </div>
      ) : (
        <RankedList view={view} list={view.view} onChange={onChange} />
      )}
    </>
  );
}

export function ImportPage({ loadSample }: ImportPageProps) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const view = parseImportView(searchParams);
  // What a reload finds on the device comes first; the worker's status after it (or at once, when nothing was kept).
  const kept = useQuery(importQueries.kept(), importQueryClient);
  const status = useQuery({ ...importQueries.status(), enabled: !kept.isPending }, importQueryClient);
  const control = useImport();
  const [deleted, setDeleted] = useState(false);
  const history = status.data && status.data.streams > 0 ? status.data : null;
  const running = control.current.state === 'running';
  const storage = history?.storage ?? null;

  const onChange = useCallback(
    (change: Partial<ImportView>, replace = false) => {
      void navigate({ search: importSearch(withView(view, change)) }, { replace });
    },
    [navigate, view],
  );

  const onFiles = useCallback(
    (files: File[]) => {
      setDeleted(false);
      void control.start(files, storage ?? 'device');
    },
    [control, storage],
  );
  const dragging = useFileDrop(onFiles, !running);

  useEffect(() => {
    document.title = history
      ? t(importMessages.documentTitleHistory, { period: periodLabel(view.period) })
      : t(importMessages.documentTitleStart);
  }, [history, view.period]);

  const loading = kept.isPending || status.isPending;
  return (
    <section className="page import-page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t(history ? importMessages.headingHistory : importMessages.headingStart)}</h1>
        {history ? (
          <PeriodPicker period={view.period} status={history} onChange={(period) => onChange({ period })} />
        ) : null}
      </header>
      {status.isError ? (
        <p className="callout" role="alert">
          {importErrorText(status.error)}{' '}
          <button type="button" className="button subtle" onClick={() => void status.refetch()}>
            {t(importMessages.tryAgain)}
          </button>
        </p>
      ) : loading ? (
        <p className="list-meta" aria-live="polite">
          {t(importMessages.lookingForKept)}
        </p>
      ) : history ? (
        <Results
          view={view}
          status={history}
          control={control}
          loadSample={loadSample}
          onChange={onChange}
          onDeleted={() => {
            control.clear();
            setDeleted(true);
            void navigate({ search: '' }, { replace: true });
          }}
        />
      ) : (
        <div className="import-start">
          {deleted ? (
            <p className="callout" role="status">
              {t(importMessages.deletedFromBrowser)}
            </p>
          ) : null}
          <p className="lede">{t(importMessages.lede)}</p>
          <ImportPanel control={control} storage={null} loadSample={loadSample} />
          <RequestExportHelp />
          <WhatCountsHelp timeZone={status.data?.timeZone ?? browserTimeZone()} />
        </div>
      )}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t(importMessages.dropHere)}</p>
        </div>
      ) : null}
    </section>
  );
}
