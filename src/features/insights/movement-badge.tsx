import { memo, useId } from 'react';
import { useSearchParams } from 'react-router';
import { describeMovement, type ItemMovement } from './movement';
import type { MovementState } from './use-movement';
import './movement-badge.css';

const SYMBOLS = { new: 'New', returning: '↺', steady: '=' } as const;

/** A row's movement against `longerLabel` ("the last 6 months"): symbols on screen, words for screen readers. */
export function MovementBadge({ value, longerLabel }: { value: ItemMovement | undefined; longerLabel: string }) {
  if (!value || (!value.movement && !value.staple)) return null;
  const text = describeMovement(value, longerLabel);
  const { movement } = value;
  return (
    <span className="movement" title={text}>
      {movement ? (
        <span className={`movement-mark ${movement.kind}`} aria-hidden="true">
          {movement.kind === 'rising'
            ? `▲${movement.by}`
            : movement.kind === 'falling'
              ? `▼${movement.by}`
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
  longerLabel,
}: {
  state: MovementState;
  compare: boolean | null;
  onCompare: (on: boolean) => void;
  /** Null on the longest range, which only shows staples. */
  longerLabel: string | null;
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
        Compare<span className="visually-hidden"> with other time ranges</span>
      </button>
      <BadgeLegend longerLabel={longerLabel} />
    </div>
  );
}

/** Below the action line, when comparing is on and the other ranges are loading or failed. */
export function MovementStatus({ state, compare }: { state: MovementState; compare: boolean | null }) {
  if (!showsBadges(compare, state)) return null;
  return state.failed ? (
    <p className="movement-status" role="status">
      Couldn't load the other time ranges to compare with.{' '}
      <button type="button" className="button subtle" onClick={state.retry}>
        Try again
      </button>
    </p>
  ) : state.fetching && !state.allLoaded ? (
    <p className="movement-status" role="status">
      Loading the other time ranges…
    </p>
  ) : null;
}

/**
 * What the badges mean, behind one small control: a native popover, so a press outside or Escape
 * closes it and focus stays on (or returns to) the control. The same for every render of a
 * range, so the list arriving skips it.
 */
const BadgeLegend = memo(function BadgeLegend({ longerLabel }: { longerLabel: string | null }) {
  const panelId = useId();
  return (
    <div className="movement-legend">
      <button
        type="button"
        className="legend-button"
        popoverTarget={panelId}
        aria-label="What do the badges mean?"
        title="What do the badges mean?"
      >
        <span aria-hidden="true">?</span>
      </button>
      <div id={panelId} className="legend-panel popup-surface" popover="auto" role="group" aria-label="Badges">
        <ul>
          {longerLabel ? (
            <>
              <li>
                <span className="movement-mark new">New</span> in the last 4 weeks, but in neither longer range
              </li>
              <li>
                <span className="movement-mark rising">▲3</span> <span className="movement-mark falling">▼2</span> up or
                down that many places compared with {longerLabel}
              </li>
              <li>
                <span className="movement-mark steady">=</span> the same place as in {longerLabel}
              </li>
              <li>
                <span className="movement-mark returning">↺</span> back in rotation: not in the last 6 months, but in
                the last year
              </li>
            </>
          ) : null}
          <li>
            <span className="movement-mark staple">★</span> a staple: in all three time ranges
          </li>
        </ul>
        <p>
          Spotify ranks up to 50 items per request; an item past the part of a list that is loaded can't be called new,
          so it gets no badge.
        </p>
      </div>
    </div>
  );
});
