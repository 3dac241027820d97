// The history page's file controls: export, import and delete-all (with a confirmation), and
// one line saying how the last of them went.
import { useId, useState, type ChangeEvent } from 'react';
import { t } from '../../i18n/i18n';
import { deleteHistory, exportHistoryFile, importHistoryFile, type HistoryFileOutcome } from './history-file';
import { HistoryFileError } from './history-model';
import { HistoryUnavailableError } from './history-store';
import { historyMessages as messages } from './messages';

function describeOutcome(outcome: HistoryFileOutcome): string {
  switch (outcome.action) {
    case 'exported':
      return t(messages.exported, { count: outcome.count });
    case 'imported':
      return t(messages.imported, { count: outcome.count, total: outcome.total });
    case 'deleted':
      return t(messages.deleted);
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof HistoryFileError) return t(messages[error.problem]);
  if (error instanceof HistoryUnavailableError) return t(messages.offSummary);
  return t(messages.failed);
}

export function HistoryControls({ onChange }: { onChange: () => void }) {
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);

  /** Runs an action and says how it went; `changed` when it altered what is stored. */
  const run = async (action: () => Promise<HistoryFileOutcome>, changed: boolean) => {
    try {
      setMessage({ text: describeOutcome(await action()), error: false });
      if (changed) onChange();
    } catch (error) {
      setMessage({ text: describeFailure(error), error: true });
    }
  };

  const importHistory = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again imports it again.
    input.value = '';
    if (file) void run(() => importHistoryFile(file), true);
  };

  return (
    <section className="history-controls" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t(messages.fileTitle)}</h2>
      <div className="history-buttons">
        <button type="button" className="button" onClick={() => void run(exportHistoryFile, false)}>
          {t(messages.exportButton)}
        </button>
        <label className="button" htmlFor={inputId}>
          {t(messages.importButton)}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={importHistory}
        />
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t(messages.deleteButton)}
        </button>
      </div>
      {confirming ? (
        <div className="history-confirm" role="alertdialog" aria-labelledby={`${inputId}-confirm`}>
          <p id={`${inputId}-confirm`}>{t(messages.confirmDelete)}</p>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              setConfirming(false);
              void run(deleteHistory, true);
            }}
          >
            {t(messages.confirmYes)}
          </button>
          <button type="button" className="button subtle" onClick={() => setConfirming(false)}>
            {t(messages.cancel)}
          </button>
        </div>
      ) : null}
      {message ? (
        <p
          className={message.error ? 'history-message error' : 'history-message'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
