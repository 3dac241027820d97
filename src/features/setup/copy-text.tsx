import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/i18n';
import { setupMessages as m } from './messages';

type CopyState = 'idle' | 'copied' | 'manual';

/** A read-only value with a Copy button: the Clipboard API, else the text selected for Ctrl+C. */
export function CopyText({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('No Clipboard API');
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      // Denied or unavailable (an insecure origin, an old browser): select it for the user.
      input.current?.focus();
      input.current?.select();
      setState('manual');
    }
  }

  return (
    <div className="copy-text">
      <input
        ref={input}
        className="copy-text-value"
        readOnly
        value={value}
        aria-label={label}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        {t(m.copy)}
      </button>
      <span role="status" className="copy-text-status">
        {state === 'copied' ? t(m.copied) : state === 'manual' ? t(m.selected) : ''}
      </span>
    </div>
  );
}
