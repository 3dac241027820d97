// The share dialog: previews a top-10 card (square or story), downloads it as a PNG, and hands it
// to the system share sheet where the browser can share files. A modal <dialog>: focus stays inside,
// Escape closes it, and the opener gets focus back. Shared by every list that can be shared.
import { useEffect, useRef, useState } from 'react';
import { intlLocale } from '../i18n/locales';
import { currentLocale, t, type Message } from '../i18n/i18n';
import { componentMessages as messages } from './messages';
import { saveFile } from './save-file';
import { canvasToPng, CARD_SIZES, drawShareCard, type CardFormat, type CardItem } from './share-card';
import './share-card-dialog.css';

export interface ShareCardDialogProps {
  /** The dialog's heading: "Share your top 10 tracks". */
  title: string;
  /** The card's heading: "My top tracks". */
  heading: string;
  /** What the list covers, in words: "the last 4 weeks", "2021". */
  rangeLabel: string;
  /** The rows of the card, in rank order (the first 10 are drawn); the same array while they don't change. */
  items: readonly CardItem[];
  /** The PNG's file name before its format: "heavy-rotation-top-tracks-short-term" (then "-square.png"). */
  fileStem: string;
  /** What the preview shows, for its accessible name: "your top 10 tracks of the last 4 weeks". */
  subject: string;
  onClose: () => void;
}

type Card = { state: 'drawing' } | { state: 'ready'; file: File } | { state: 'failed'; message: string };

const FORMAT_LABELS: Record<CardFormat, Message> = { square: messages.formatSquare, story: messages.formatStory };

function failureMessage(error: unknown): string {
  // toBlob throws a SecurityError on a canvas that drew artwork served without CORS permission.
  if (error instanceof DOMException && error.name === 'SecurityError') return t(messages.artworkBlocked);
  // drawShareCard's own errors are already in the page's language.
  return error instanceof Error ? error.message : t(messages.drawFailed);
}

/** "the last 4 weeks" → "The last 4 weeks": the card's top line starts with it. */
function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(currentLocale())) + text.slice(1);
}

export function ShareCardDialog({
  title,
  heading,
  rangeLabel,
  items,
  fileStem,
  subject,
  onClose,
}: ShareCardDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const [format, setFormat] = useState<CardFormat>('square');
  const [card, setCard] = useState<Card>({ state: 'drawing' });
  const [shareNote, setShareNote] = useState('');

  useEffect(() => {
    const element = dialog.current;
    // No close() on cleanup: StrictMode's rehearsal unmount would queue a close event and shut the dialog.
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    (async () => {
      const canvas = await drawShareCard({
        format,
        heading,
        rangeLabel: capitalized(rangeLabel),
        items,
      });
      const blob = await canvasToPng(canvas);
      if (!current) return;
      // The canvas itself is the preview: the page's CSP allows no blob: images.
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t(messages.preview, { subject, format }));
      preview.current?.replaceChildren(canvas);
      const name = t(messages.cardFileName, { stem: fileStem, format });
      setCard({ state: 'ready', file: new File([blob], name, { type: 'image/png' }) });
    })().catch((error: unknown) => {
      if (current) setCard({ state: 'failed', message: failureMessage(error) });
    });
    return () => {
      current = false;
    };
  }, [format, heading, items, rangeLabel, fileStem, subject]);

  async function share(file: File) {
    try {
      await navigator.share({ files: [file], title: heading });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setShareNote(t(messages.shareFailed));
    }
  }

  const ready = card.state === 'ready' ? card.file : null;
  const canShareFiles =
    ready !== null && typeof navigator.canShare === 'function' && navigator.canShare({ files: [ready] });
  const { width, height } = CARD_SIZES[format];

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{title}</h2>
      <div className="share-formats" role="group" aria-label={t(messages.cardFormat)}>
        {(Object.keys(FORMAT_LABELS) as CardFormat[]).map((option) => (
          <button
            key={option}
            type="button"
            className="button"
            aria-pressed={format === option}
            onClick={() => {
              if (option === format) return;
              setCard({ state: 'drawing' });
              setFormat(option);
            }}
          >
            {t(messages.formatOption, {
              format: t(FORMAT_LABELS[option]),
              width: CARD_SIZES[option].width,
              height: CARD_SIZES[option].height,
            })}
          </button>
        ))}
      </div>
      <div className={`share-preview share-preview-${format}`} style={{ aspectRatio: `${width} / ${height}` }}>
        <div ref={preview} hidden={card.state !== 'ready'} />
        {card.state === 'drawing' ? <p role="status">{t(messages.drawing)}</p> : null}
        {card.state === 'failed' ? <p role="alert">{card.message}</p> : null}
      </div>
      <div className="share-buttons">
        <button
          type="button"
          className="button primary"
          disabled={!ready}
          onClick={() => ready && saveFile(ready, ready.name)}
        >
          {t(messages.downloadPng)}
        </button>
        {canShareFiles ? (
          <button type="button" className="button" onClick={() => ready && void share(ready)}>
            {t(messages.share)}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t(messages.close)}
        </button>
      </div>
      {shareNote ? <p role="status">{shareNote}</p> : null}
    </dialog>
  );
}
