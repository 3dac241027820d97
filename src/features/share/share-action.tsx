// "Share top 10": a tiny action; the dialog, the card drawing and the icon data load on select.
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import type { MenuAction } from '../../components/menu-button';
import { t } from '../../i18n/i18n';
import { shareMessages } from './messages';
import type { SharedList } from './shared-list';

const ShareDialog = lazy(() => import('./share-dialog').then((m) => ({ default: m.ShareDialog })));

/** The share action, for the list's action bar, and its dialog when open. */
export function useShareAction(props: SharedList): { action: MenuAction; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  // The button or the menu's button that opened the dialog: focus goes back to it.
  const opener = useRef<HTMLElement | null>(null);
  return {
    action: {
      id: 'share',
      label: t(shareMessages.action),
      opensDialog: true,
      disabled: props.items.length === 0,
      onSelect: (returnFocusTo) => {
        opener.current = returnFocusTo;
        setOpen(true);
      },
    },
    dialog: open ? (
      <Suspense fallback={null}>
        <ShareDialog
          {...props}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      </Suspense>
    ) : null,
  };
}
