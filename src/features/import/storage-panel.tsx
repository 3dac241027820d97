// Where the imported history lives, the room it takes, moving it, and deleting every trace.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format';
import { t, type Message } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { deleteAll, setStorage, type StorageChoice } from './history-client';
import { markHistoryPresent } from './history-presence';
import { importErrorText } from './import-errors';
import { importMessages } from './messages';
import { historyChanged, importQueries, importQueryClient } from './queries';

/** A size in the page's language: "512 bytes", "3.4 MB" (the language's unit names, 1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  const size = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  if (bytes < 1024) return t(importMessages.bytes, { count: bytes, size: size(bytes) });
  if (bytes < 1024 * 1024) return t(importMessages.kilobytes, { size: size(bytes / 1024) });
  return t(importMessages.megabytes, { size: size(bytes / 1024 / 1024) });
}

const WHERE: Record<StorageChoice, Message> = {
  device: importMessages.storedOnDevice,
  visit: importMessages.storedForVisit,
};

const strong = (children: ReactNode) => <strong>{children}</strong>;

export function StoragePanel({ onDeleted }: { onDeleted: () => void }) {
  const info = useQuery(importQueries.storage(), importQueryClient);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  async function run(action: () => Promise<unknown>, done: Message) {
    setBusy(true);
    setMessage('');
    try {
      await action();
      await historyChanged();
      setMessage(t(done));
    } catch (error) {
      setMessage(error instanceof Error ? importErrorText(error) : t(importMessages.actionFailed));
    } finally {
      setBusy(false);
    }
  }

  const storage = info.data?.storage ?? null;
  return (
    <section className="storage-panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t(importMessages.storageTitle)}</h2>
      {info.data && storage ? (
        <p>
          <T
            msg={WHERE[storage]}
            values={{
              count: info.data.streams,
              streams: formatNumber(info.data.streams),
              size: formatBytes(info.data.bytes),
            }}
            tags={{ b: strong }}
          />
        </p>
      ) : info.isError ? (
        <p className="callout">{importErrorText(info.error)}</p>
      ) : (
        <p aria-busy="true">{t(importMessages.measuring)}</p>
      )}
      <div className="storage-buttons">
        {storage === 'visit' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => setStorage('device'), importMessages.movedToDevice)}
          >
            {t(importMessages.keepOnDevice)}
          </button>
        ) : storage === 'device' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => setStorage('visit'), importMessages.movedToVisit)}
          >
            {t(importMessages.keepOnlyThisVisit)}
          </button>
        ) : null}
        <button type="button" className="button danger" disabled={busy} onClick={() => setConfirming(true)}>
          {t(importMessages.deleteHistory)}
        </button>
      </div>
      {confirming ? (
        <div className="history-confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">{t(importMessages.deleteQuestion)}</p>
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
              }, importMessages.deleted)
            }
          >
            {t(importMessages.delete)}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t(importMessages.keepIt)}
          </button>
        </div>
      ) : null}
      <p className="action-status" role="status">
        {message}
      </p>
    </section>
  );
}
