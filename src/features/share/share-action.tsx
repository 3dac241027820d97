// "Share top 10": a tiny button; the dialog, the card drawing and the icon data load on click.
import { lazy, Suspense, useRef, useState } from 'react';
import type { SharedList } from './shared-list';

const ShareDialog = lazy(() => import('./share-dialog').then((m) => ({ default: m.ShareDialog })));

export function ShareAction(props: SharedList) {
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
