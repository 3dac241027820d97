import { memo, useId } from 'react';
import { useSearchParams } from 'react-router';
import { t } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { TOP_ITEMS_PAGE_LIMIT } from '../../spotify/endpoints';
import type { TimeRange } from '../../spotify/types';
import { describeMovement, type ItemMovement } from './movement';
import { movementMessages as messages } from './movement-messages';
import type { MovementState } from './use-movement';
import './movement-badge.css';

const SYMBOLS = { returning: '↺', steady: '=' } as const;

/** A row's movement against the next longer range: symbols on screen, words for screen readers. */
export function MovementBadge({
  value,
}: {
  value: ItemMovement | undefined;
  /** @deprecated Unused: the movement names the range it is against, in the page's language. */
  longerLabel?: string;
}) {
  if (!value || (!value.movement && !value.staple)) return null;
  const text = describeMovement(value);
  const { movement } = value;
  return (
    <span className="movement" title={text}>
      {movement ? (
        <span className={`movement-mark ${movement.kind}`} aria-hidden="true">
          {movement.kind === 'rising'
            ? t(messages.rising, { by: movement.by })
            : movement.kind === 'falling'
              ? t(messages.falling, { by: movement.by })
              : movement.kind === 'new'
                ? t(messages.badgeNew)
                : SYMBOLS[movement.kind]}
        </span>
      ) : null}
      {value.staple ? (
        <span className="movement-mark staple" aria-hidden="true">
          ★
        </span>
      ) : null}
      <span className="visually-hidden"> ({text})</span>
    </span>
  );
}

const COMPARE_PARAM = 'compare';

/**
 * Whether the user asked to compare ranges: true (`?compare=1`), false (`?compare=0`) or not said
 * (null: badges show once every range happens to be loaded). In the URL, so it survives switching
 * ranges and Back.
 */
export function useCompareRanges(): [boolean | null, (on: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = (on: boolean) =>
    setSearchParams(
      (params) => {
        params.set(COMPARE_PARAM, on ? '1' : '0');
        return params;
      },
      { replace: true, preventScrollReset: true },
    );
  const value = searchParams.get(COMPARE_PARAM);
  return [value === '1' ? true : value === '0' ? false : null, set];
}

/** Badges show when the user turned comparing on, or didn't say and every range is loaded anyway. */
export function showsBadges(compare: boolean | null, state: MovementState): boolean {
  return compare ?? state.allLoaded;
}

/**
 * In the list's action line: the switch that compares with the other ranges (turning it on
 * loads them: two more requests) and the small control that explains the badges.
 */
export function MovementSwitch({
  state,
  compare,
  onCompare,
}: {
  state: MovementState;
  compare: boolean | null;
  onCompare: (on: boolean) => void;
  /** @deprecated Unused: `state.longer` says which range the badges compare with. */
  longerLabel?: string | null;
}) {
  const on = showsBadges(compare, state);
  return (
    <div className="movement-controls">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        className="compare-switch"
        aria-busy={on && state.fetching && !state.allLoaded}
        onClick={() => onCompare(!on)}
      >
        <span className="switch-track" aria-hidden="true" />
        <T msg={messages.compare} tags={{ more: (children) => <span className="visually-hidden">{children}</span> }} />
      </button>
      <BadgeLegend longer={state.longer} />
    </div>
  );
}

/** Below the action line, when comparing is on and the other ranges are loading or failed. */
export function MovementStatus({ state, compare }: { state: MovementState; compare: boolean | null }) {
  if (!showsBadges(compare, state)) return null;
  return state.failed ? (
    <p className="movement-status" role="status">
      {t(messages.loadFailed)}{' '}
      <button type="button" className="button subtle" onClick={state.retry}>
        {t(messages.tryAgain)}
      </button>
    </p>
  ) : state.fetching && !state.allLoaded ? (
    <p className="movement-status" role="status">
      {t(messages.loadingOthers)}
    </p>
  ) : null;
}

/**
 * What the badges mean, behind one small control: a native popover, so a press outside or Escape
 * closes it and focus stays on (or returns to) the control. The same for every render of a
 * range, so the list arriving skips it.
 */
const BadgeLegend = memo(function BadgeLegend({ longer }: { longer: TimeRange | null }) {
  const panelId = useId();
  const question = t(messages.legendButton);
  const mark = (kind: string, text: string) => <span className={`movement-mark ${kind}`}>{text}</span>;
  return (
    <div className="movement-legend">
      <button type="button" className="legend-button" popoverTarget={panelId} aria-label={question} title={question}>
        <span aria-hidden="true">?</span>
      </button>
      <div
        id={panelId}
        className="legend-panel popup-surface"
        popover="auto"
        role="group"
        aria-label={t(messages.legendGroup)}
      >
        <ul>
          {longer ? (
            <>
              <li>
                <T msg={messages.legendNew} values={{ badge: mark('new', t(messages.badgeNew)) }} />
              </li>
              <li>
                <T
                  msg={messages.legendMoved}
                  values={{
                    up: mark('rising', t(messages.rising, { by: 3 })),
                    down: mark('falling', t(messages.falling, { by: 2 })),
                    longer,
                  }}
                />
              </li>
              <li>
                <T msg={messages.legendSteady} values={{ badge: mark('steady', SYMBOLS.steady), longer }} />
              </li>
              <li>
                <T msg={messages.legendReturning} values={{ badge: mark('returning', SYMBOLS.returning) }} />
              </li>
            </>
          ) : null}
          <li>
            <T msg={messages.legendStaple} values={{ badge: mark('staple', '★') }} />
          </li>
        </ul>
        <p>{t(messages.legendNote, { count: TOP_ITEMS_PAGE_LIMIT })}</p>
      </div>
    </div>
  );
});
