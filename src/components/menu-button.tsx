// A button that opens a menu of actions, after the WAI-ARIA menu button pattern:
// https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuAction {
  id: string;
  label: string;
  disabled?: boolean;
  /** Opens a dialog: announced on the item, as on a button. */
  opensDialog?: boolean;
  /** `returnFocusTo` is the control that opened the action, for a dialog to give focus back to. */
  onSelect: (returnFocusTo: HTMLElement) => void;
}

export interface MenuButtonProps {
  /** The button's accessible name ("More actions"). */
  label: string;
  /** What the button shows; the label when absent. */
  children?: ReactNode;
  items: readonly MenuAction[];
  disabled?: boolean;
  className?: string;
}

type Opening = { focus: 'first' | 'last' } | null;

export function MenuButton({ label, children, items, disabled, className = 'button' }: MenuButtonProps) {
  const [opening, setOpening] = useState<Opening>(null);
  const open = opening !== null;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const buttonId = useId();

  const menuItems = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = menuItems();
    if (all.length === 0) return;
    all[(index + all.length) % all.length]!.focus();
  };
  const close = (returnFocus: boolean) => {
    setOpening(null);
    if (returnFocus) button.current?.focus();
  };

  // Focus moves into the menu once it is in the document.
  useEffect(() => {
    const all = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    if (opening && all?.length) all[opening.focus === 'first' ? 0 : all.length - 1]!.focus();
  }, [opening]);

  // Disabled while open (e.g. the list reloading): nothing to act on, so the menu goes.
  if (disabled && open) setOpening(null);

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpening({ focus: event.key === 'ArrowDown' ? 'first' : 'last' });
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = menuItems().indexOf(document.activeElement as HTMLElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => focusItem(current - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => close(true),
    };
    const move = keys[event.key];
    if (move) {
      event.preventDefault();
      move();
    } else if (event.key === 'Tab' && event.shiftKey) {
      // Back to the button, closed. Tab forward leaves for the next control as usual, and the
      // menu closes as focus leaves it (onBlur).
      event.preventDefault();
      close(true);
    }
  }

  function activate(item: MenuAction) {
    if (item.disabled) return;
    close(true);
    item.onSelect(button.current!);
  }

  return (
    <span className="menu-button">
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={className}
        aria-label={children ? label : undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : setOpening({ focus: 'first' }))}
        onKeyDown={onButtonKeyDown}
      >
        {children ?? label}
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          className="menu popup-surface"
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
          // Focus leaving for anywhere else closes it: Tab, a press outside (which moves focus, to the
          // page itself at least), another window. A press on the button itself toggles it there.
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null;
            if (!menu.current?.contains(next) && next !== button.current) setOpening(null);
          }}
        >
          {items.map((item) => (
            <li
              key={item.id}
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              aria-disabled={item.disabled || undefined}
              aria-haspopup={item.opensDialog ? 'dialog' : undefined}
              onClick={() => activate(item)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  activate(item);
                }
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
