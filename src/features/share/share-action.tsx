// "Share top 10": a tiny button; the dialog, the card drawing and the icon data load on click.
import { lazy, Suspense, useRef, useState } from 'react';
import type { Artist, TimeRange, TopItemType, Track } from '../../spotify/types';

const ShareDialog = lazy(() => import('./share-dialog').then((m) => ({ default: m.ShareDialog })));

export interface ShareActionProps {
  type: TopItemType;
  range: TimeRange;
  items: readonly (Track | Artist)[];
  /** The range in words, e.g. "the last 4 weeks". */
  rangeLabel: string;
}

export function ShareAction(props: ShareActionProps) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={props.items.length === 0}
        onClick={() => setOpen(true)}
      >
        Share top 10
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ShareDialog
            {...props}
            onClose={() => {
              setOpen(false);
              trigger.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
