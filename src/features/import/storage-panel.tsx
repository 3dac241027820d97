// Where the imported history lives, the room it takes, moving it, and deleting every trace.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteAll, setStorage, type StorageChoice } from './history-client';
import { markHistoryPresent } from './history-presence';
import { historyChanged, importQueries, importQueryClient } from './queries';

const bytesFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${bytesFormat.format(bytes / 1024)} KB`;
  return `${bytesFormat.format(bytes / 1024 / 1024)} MB`;
}

const WHERE: Record<StorageChoice, string> = {
  device: 'Kept on this device, in this browser’s storage',
  visit: 'Only for this visit, in memory: gone when you close or reload the tab',
};

export function StoragePanel({ onDeleted }: { onDeleted: () => void }) {
  const info = useQuery(importQueries.storage(), importQueryClient);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setMessage('');
    try {
      await action();
      await historyChanged();
      setMessage(done);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const storage = info.data?.storage ?? null;
  return (
    <section className="storage-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">Where your history lives</h2>
      {info.data && storage ? (
        <p>
          {WHERE[storage]}: {info.data.streams.toLocaleString('en')} streams in{' '}
          <strong>{formatBytes(info.data.bytes)}</strong>.
        </p>
      ) : info.isError ? (
        <p className="callout">{info.error.message}</p>
      ) : (
        <p aria-busy="true">Measuring…</p>
      )}
      <div className="storage-buttons">
        {storage === 'visit' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => setStorage('device'), 'Your history is now kept on this device.')}
          >
            Keep on this device
          </button>
        ) : storage === 'device' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(
                () => setStorage('visit'),
                'Your history is now only in this visit: the copy on this device was removed.',
              )
            }
          >
            Keep only for this visit
          </button>
        ) : null}
        <button type="button" className="button danger" disabled={busy} onClick={() => setConfirming(true)}>
          Delete imported history
        </button>
      </div>
      {confirming ? (
        <div className="history-confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            Delete the imported history from this browser, memory and storage? Your export files are not touched; you
            can import them again.
          </p>
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await deleteAll();
                markHistoryPresent(false);
                setConfirming(false);
                onDeleted();
              }, 'Your imported history was deleted.')
            }
          >
            Delete
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : null}
      <p className="action-status" role="status">
        {message}
      </p>
    </section>
  );
}
