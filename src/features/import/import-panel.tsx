// Choosing files (picker or drop), the sample, where the history will live, and the import's
// progress with Cancel. The outcome of each file shows below once it is done.
import { useEffect, useId, useState } from 'react';
import { formatCount } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { importSupported, prepareImport, type StorageChoice } from './history-client';
import { FileOutcomes } from './file-outcomes';
import { EXPORT_ZIP, JSON_EXTENSION } from './import-help';
import { labelValues } from './import-label';
import { importMessages } from './messages';
import type { ImportControl } from './use-import';

export const ACCEPT = '.zip,.json,application/zip,application/json';

export interface ImportPanelProps {
  control: ImportControl;
  /** Where an import will keep the history; null lets the user choose (nothing imported yet). */
  storage: StorageChoice | null;
  /** Builds the sample export's files (no network), or undefined where there is no sample. */
  loadSample?: () => Promise<File[]>;
}

function StorageChoiceField({ value, onChange }: { value: StorageChoice; onChange: (value: StorageChoice) => void }) {
  return (
    <fieldset className="storage-choice">
      <legend>{t(importMessages.storageQuestion)}</legend>
      <label>
        <input type="radio" name="storage" checked={value === 'device'} onChange={() => onChange('device')} />
        <span>
          <strong>{t(importMessages.keepOnDevice)}</strong>
          <span className="choice-note">{t(importMessages.keepOnDeviceNote)}</span>
        </span>
      </label>
      <label>
        <input type="radio" name="storage" checked={value === 'visit'} onChange={() => onChange('visit')} />
        <span>
          <strong>{t(importMessages.onlyThisVisit)}</strong>
          <span className="choice-note">{t(importMessages.onlyThisVisitNote)}</span>
        </span>
      </label>
    </fieldset>
  );
}

export function ProgressLine({ control }: { control: ImportControl }) {
  const { current } = control;
  if (current.state !== 'running') return null;
  const progress = current.progress;
  const label = labelValues(current.label);
  const fraction = progress
    ? progress.bytesTotal > 0
      ? progress.bytesRead / progress.bytesTotal
      : progress.filesTotal > 0
        ? progress.filesDone / progress.filesTotal
        : 0
    : 0;
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">
        {progress
          ? `${t(importMessages.reading, label)} · ${t(importMessages.readingCounts, {
              done: progress.filesDone,
              total: progress.filesTotal,
              count: progress.streams,
              streams: formatCount(progress.streams),
            })}`
          : t(importMessages.readingStarting, label)}
      </label>
      {/* Indeterminate only until the worker has sized the files. */}
      {progress ? (
        <progress id="import-progress-bar" max={1} value={Math.min(1, fraction)} />
      ) : (
        <progress id="import-progress-bar" />
      )}
      <button type="button" className="button" onClick={control.cancel}>
        {t(importMessages.cancel)}
      </button>
    </div>
  );
}

/** What a screen reader hears: a line per file done and the end, not every tick of the bar. */
function Announcement({ control }: { control: ImportControl }) {
  const { current } = control;
  let text = '';
  if (current.state === 'running') {
    text = current.progress
      ? t(importMessages.announceRead, { done: current.progress.filesDone, total: current.progress.filesTotal })
      : t(importMessages.announceImporting, labelValues(current.label));
  } else if (current.state === 'done') {
    const failed = current.result.files.filter((file) => file.outcome === 'error').length;
    text = t(importMessages.announceDone, { count: current.result.totals.streamsAdded });
    if (failed > 0) text += ` ${t(importMessages.filesFailed, { count: failed })}`;
  } else if (current.state === 'cancelled') text = t(importMessages.announceCancelled);
  else if (current.state === 'failed') text = t(importMessages.announceFailed, { reason: current.message });
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function ImportPanel({ control, storage, loadSample }: ImportPanelProps) {
  const inputId = useId();
  const [chosen, setChosen] = useState<StorageChoice>('device');
  const [sampleError, setSampleError] = useState('');
  const target = storage ?? chosen;
  const running = control.current.state === 'running';
  const supported = importSupported();

  // The workers start while the user finds the files, so reading begins the moment they are chosen;
  // once the page is idle, so their scripts don't compete with its first paint (a reload's list).
  // Again after each import, which ends the workers it used.
  const imports = control.current.state === 'done' ? control.current.result : null;
  useEffect(() => {
    if (!supported) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => prepareImport());
    return () => cancel(handle);
  }, [supported, imports]);

  async function trySample() {
    if (!loadSample) return;
    setSampleError('');
    try {
      const files = await loadSample();
      await control.start(files, target, true);
    } catch {
      setSampleError(t(importMessages.sampleFailed));
    }
  }

  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">{t(importMessages.panelTitle)}</h2>
      {!supported ? (
        <p className="callout" role="alert">
          {t(importMessages.unsupported)}
        </p>
      ) : null}
      {storage === null ? <StorageChoiceField value={chosen} onChange={setChosen} /> : null}
      <div className="import-buttons">
        <label className={`button primary${running || !supported ? ' disabled' : ''}`} htmlFor={inputId}>
          {t(importMessages.chooseFiles)}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept={ACCEPT}
          disabled={running || !supported}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared, so choosing the same files again imports them again (and changes nothing).
            event.currentTarget.value = '';
            void control.start(files, target);
          }}
        />
        {loadSample ? (
          <button type="button" className="button" disabled={running || !supported} onClick={() => void trySample()}>
            {t(importMessages.trySample)}
          </button>
        ) : null}
      </div>
      <p className="import-hint">
        <T msg={importMessages.hint} values={{ zip: <code>{EXPORT_ZIP}</code>, json: <code>{JSON_EXTENSION}</code> }} />
      </p>
      {sampleError ? (
        <p className="callout" role="alert">
          {sampleError}
        </p>
      ) : null}
      <ProgressLine control={control} />
      <Announcement control={control} />
      {control.current.state === 'cancelled' ? <p className="callout">{t(importMessages.cancelled)}</p> : null}
      {control.current.state === 'failed' ? (
        <p className="callout" role="alert">
          {t(importMessages.stopped, { reason: control.current.message })}
        </p>
      ) : null}
      {control.current.state === 'done' ? (
        <FileOutcomes result={control.current.result} label={control.current.label} />
      ) : null}
    </section>
  );
}
