// One line of action buttons at any width: the actions that fit stand as buttons, in order,
// and the rest go into a "More actions" menu at the end of the line.
import { useLayoutEffect, useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import { MenuButton, type MenuAction } from './menu-button';
import { componentMessages } from './messages';

export interface ActionBarProps {
  /** The group's accessible name ("List actions"). */
  label: string;
  actions: readonly MenuAction[];
}

/** How many of `widths` fit in `available` px with `gap` between them, keeping room for `more` when some don't. */
export function fittingCount(widths: readonly number[], more: number, gap: number, available: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, widths.length - 1);
  if (total <= available) return widths.length;
  let used = more;
  let count = 0;
  for (const width of widths) {
    if (used + gap + width > available) break;
    used += gap + width;
    count += 1;
  }
  return count;
}

export function ActionBar({ label, actions }: ActionBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(actions.length);
  const labels = actions.map((action) => action.label).join('\n');

  // Measured before paint and again whenever the line's width changes: the buttons' widths come
  // from an unseen copy of all of them, so a button moving into the menu doesn't change the sums.
  useLayoutEffect(() => {
    const line = bar.current;
    const copy = measure.current;
    if (!line || !copy) return;
    const fit = () => {
      const available = line.clientWidth;
      const buttons = [...copy.children] as HTMLElement[];
      const widths = buttons.slice(0, -1).map((button) => button.getBoundingClientRect().width);
      const more = buttons.at(-1)?.getBoundingClientRect().width ?? 0;
      const gap = parseFloat(getComputedStyle(line).columnGap) || 0;
      // Not laid out (a hidden tab, a test without layout): every action as a button.
      setShown(available > 0 ? fittingCount(widths, more, gap, available) : widths.length);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(line);
    return () => observer.disconnect();
  }, [labels]);

  const inline = actions.slice(0, shown);
  const rest = actions.slice(shown);
  return (
    <div ref={bar} className="action-bar" role="group" aria-label={label}>
      {inline.map((action) => (
        <button
          key={action.id}
          type="button"
          className="button"
          disabled={action.disabled}
          aria-haspopup={action.opensDialog ? 'dialog' : undefined}
          onClick={(event) => action.onSelect(event.currentTarget)}
        >
          {action.label}
        </button>
      ))}
      {rest.length > 0 ? (
        <MenuButton
          label={t(componentMessages.moreActions)}
          className="button more-button"
          items={rest}
          disabled={rest.every((action) => action.disabled)}
        >
          <MoreIcon />
        </MenuButton>
      ) : null}
      <div className="action-bar-measure" aria-hidden="true" inert>
        <div ref={measure}>
          {actions.map((action) => (
            <span key={action.id} className="button">
              {action.label}
            </span>
          ))}
          <span className="button more-button">
            <MoreIcon />
          </span>
        </div>
      </div>
    </div>
  );
}

function MoreIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="4" cy="10" r="2" fill="currentColor" />
      <circle cx="10" cy="10" r="2" fill="currentColor" />
      <circle cx="16" cy="10" r="2" fill="currentColor" />
    </svg>
  );
}
