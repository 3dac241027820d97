// The history as a file: export it, import one, or delete it all. Each returns what to tell the
// user; a failure throws with a message for them (history-model's and history-store's errors).
import { saveFile } from '../../components/save-file';
import { fromImport, toExport } from './history-model';
import { clearHistory, importSnapshots, loadHistory } from './history-store';

function snapshots(count: number) {
  return `${count} snapshot${count === 1 ? '' : 's'}`;
}

/** Saves every snapshot on this device as a JSON file. */
export async function exportHistoryFile(now = Date.now()): Promise<string> {
  const file = toExport(await loadHistory(now), now);
  saveFile(
    new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
    `heavy-rotation-history-${file.exportedAt.slice(0, 10)}.json`,
  );
  return `Exported ${snapshots(file.snapshots.length)}.`;
}

/** Adds the snapshots of an exported file to those on this device. */
export async function importHistoryFile(file: Blob, now = Date.now()): Promise<string> {
  const incoming = fromImport(await file.text(), now);
  const total = await importSnapshots(incoming, now);
  return `Imported ${snapshots(incoming.length)}; this device now holds ${total}.`;
}

/** Deletes every snapshot on this device. */
export async function deleteHistory(): Promise<string> {
  await clearHistory();
  return 'All history on this device is deleted.';
}
