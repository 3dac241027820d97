// One import at a time, from files chosen to the report: its progress for the bar and the live
// region, Cancel, and the outcome of each file. The page keeps the last report on screen.
import { startTransition, useCallback, useRef, useState } from 'react';
import { importFiles, type ImportProgress, type ImportResult, type StorageChoice } from './history-client';
import { markHistoryPresent } from './history-presence';
import { importErrorText } from './import-errors';
import { labelOf, type ImportLabel } from './import-label';
import { historyChanged, historyImported } from './queries';

export type ImportState =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress | null; label: ImportLabel }
  | { state: 'done'; result: ImportResult; label: ImportLabel }
  | { state: 'cancelled' }
  /** `message`: what went wrong, in words (import-errors.ts). */
  | { state: 'failed'; message: string };

export interface ImportControl {
  current: ImportState;
  /** Imports the files; `sample` names them "the sample export" in messages (else a name, or "3 files"). */
  start: (files: File[], storage: StorageChoice, sample?: boolean) => Promise<void>;
  cancel: () => void;
  /** Back to idle (after Delete, say). */
  clear: () => void;
}

export function useImport(): ImportControl {
  const [current, setCurrent] = useState<ImportState>({ state: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (files: File[], storage: StorageChoice, sample = false) => {
    if (controller.current || files.length === 0) return;
    const abort = new AbortController();
    controller.current = abort;
    const name = labelOf(files, sample);
    setCurrent({ state: 'running', progress: null, label: name });
    try {
      const result = await importFiles(files, {
        storage,
        signal: abort.signal,
        // A transition: React renders it in slices that yield, so no update holds the page for long.
        onProgress: (progress) => startTransition(() => setCurrent({ state: 'running', progress, label: name })),
      });
      if (result.status.streams > 0) markHistoryPresent(true);
      await historyImported(result, () => setCurrent({ state: 'done', result, label: name }));
    } catch (error) {
      if (abort.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
        setCurrent({ state: 'cancelled' });
      } else {
        setCurrent({ state: 'failed', message: importErrorText(error) });
      }
      // Whatever the worker kept (nothing on a cancel) is what the page shows.
      await historyChanged();
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clear = useCallback(() => setCurrent({ state: 'idle' }), []);
  return { current, start, cancel, clear };
}
