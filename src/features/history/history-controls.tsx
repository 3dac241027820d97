// The history page's file controls: export, import and delete-all (with a confirmation), and
// one line saying how the last of them went.
import { useId, useState, type ChangeEvent } from 'react';
import { deleteHistory, exportHistoryFile, importHistoryFile } from './history-file';

export function HistoryControls({ onChange }: { onChange: () => void }) {
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);

  /** Runs an action and says how it went; `changed` when it altered what is stored. */
  const run = async (action: () => Promise<string>, changed: boolean) => {
    try {
      setMessage({ text: await action(), error: false });
      if (changed) onChange();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : 'Something went wrong.', error: true });
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
      <h2 id={`${inputId}-title`}>Your history file</h2>
      <div className="history-buttons">
        <button type="button" className="button" onClick={() => void run(exportHistoryFile, false)}>
          Export history
        </button>
        <label className="button" htmlFor={inputId}>
          Import history
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={importHistory}
        />
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          Delete all history
        </button>
      </div>
      {confirming ? (
        <div className="history-confirm" role="alertdialog" aria-labelledby={`${inputId}-confirm`}>
          <p id={`${inputId}-confirm`}>Delete every snapshot on this device? This can't be undone.</p>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              setConfirming(false);
              void run(deleteHistory, true);
            }}
          >
            Yes, delete all history
          </button>
          <button type="button" className="button subtle" onClick={() => setConfirming(false)}>
            Cancel
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
