import { memo } from 'react';
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

/** Whether the user asked to compare ranges; in the URL, so it survives switching ranges and Back. */
export function useCompareRanges(): [boolean, () => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const turnOn = () =>
    setSearchParams(
      (params) => {
        params.set(COMPARE_PARAM, '1');
        return params;
      },
      { replace: true, preventScrollReset: true },
    );
  return [searchParams.get(COMPARE_PARAM) === '1', turnOn];
}

/**
 * Above the list: the button that loads the other ranges (only when they aren't loaded yet:
 * it costs two more requests), and what the badges mean.
 */
export function MovementControls({
  state,
  compare,
  onCompare,
  longerLabel,
}: {
  state: MovementState;
  compare: boolean;
  onCompare: () => void;
  /** Null on the longest range, which only shows staples. */
  longerLabel: string | null;
}) {
  return (
    <div className="movement-controls">
      {state.failed ? (
        <p className="movement-status" role="status">
          Couldn't load the other time ranges to compare with.{' '}
          <button type="button" className="button subtle" onClick={state.retry}>
            Try again
          </button>
        </p>
      ) : !state.allLoaded && !compare ? (
        <button type="button" className="button subtle" onClick={onCompare}>
          Compare with other time ranges
        </button>
      ) : state.fetching && !state.allLoaded ? (
        <p className="movement-status" role="status">
          Loading the other time ranges…
        </p>
      ) : null}
      <BadgeLegend longerLabel={longerLabel} />
    </div>
  );
}

/** What the badges mean: the same for every render of a range, so the list arriving skips it. */
const BadgeLegend = memo(function BadgeLegend({ longerLabel }: { longerLabel: string | null }) {
  return (
    <details className="movement-legend">
      <summary>What do the badges mean?</summary>
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
              <span className="movement-mark returning">↺</span> back in rotation: not in the last 6 months, but in the
              last year
            </li>
          </>
        ) : null}
        <li>
          <span className="movement-mark staple">★</span> a staple: in all three time ranges
        </li>
      </ul>
      <p>
        Spotify ranks up to 50 items per request; an item past the part of a list that is loaded can't be called new, so
        it gets no badge.
      </p>
    </details>
  );
});
