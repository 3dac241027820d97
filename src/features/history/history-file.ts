// The history as a file: export it, import one, or delete it all. Each returns what happened, for
// the view to word; a refused file throws a HistoryFileError, storage a HistoryUnavailableError.
import { saveFile } from '../../components/save-file';
import { t } from '../../i18n/i18n';
import { fromImport, toExport } from './history-model';
import { clearHistory, importSnapshots, loadHistory } from './history-store';
import { historyMessages as messages } from './messages';

export type HistoryFileOutcome =
  { action: 'exported'; count: number } | { action: 'imported'; count: number; total: number } | { action: 'deleted' };

/** Saves every snapshot on this device as a JSON file. */
export async function exportHistoryFile(now = Date.now()): Promise<HistoryFileOutcome> {
  const file = toExport(await loadHistory(now), now);
  saveFile(
    new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    t(messages.fileName, { date: file.exportedAt.slice(0, 10) }),
  );
  return { action: 'exported', count: file.snapshots.length };
}

/** Adds the snapshots of an exported file to those on this device. */
export async function importHistoryFile(file: Blob, now = Date.now()): Promise<HistoryFileOutcome> {
  const incoming = fromImport(await file.text(), now);
  const total = await importSnapshots(incoming, now);
  return { action: 'imported', count: incoming.length, total };
}

/** Deletes every snapshot on this device. */
export async function deleteHistory(): Promise<HistoryFileOutcome> {
  await clearHistory();
  return { action: 'deleted' };
}
