// Movement across Spotify's time ranges: how an item's rank in a shorter, more recent range
// compares with the longer ranges. Pure, so it can be tested without a browser.
import { t } from '../../i18n/i18n';
import type { TimeRange } from '../../spotify/types';
import { movementMessages as messages } from './movement-messages';

export type Movement =
  /** In the last 4 weeks, but in neither longer range. */
  | { kind: 'new' }
  /** Ranked higher than in the next longer range, by `by` places. */
  | { kind: 'rising'; by: number }
  /** Ranked lower than in the next longer range, by `by` places. */
  | { kind: 'falling'; by: number }
  /** Same rank as in the next longer range. */
  | { kind: 'steady' }
  /** Not in the next longer range, but in the longest one: back in rotation. */
  | { kind: 'returning' };

export interface ItemMovement {
  movement: Movement | null;
  /** In all three ranges. */
  staple: boolean;
  /** The range `movement` is against (the next longer one); null for the longest range. */
  against: TimeRange | null;
}

export type RankedIds = Record<TimeRange, readonly string[]>;

const LONGER: Record<TimeRange, TimeRange | null> = {
  short_term: 'medium_term',
  medium_term: 'long_term',
  long_term: null,
};

/** The range an item of `range` is compared with; null for the longest. */
export function longerRange(range: TimeRange): TimeRange | null {
  return LONGER[range];
}

function ranks(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, index) => {
    if (!map.has(id)) map.set(id, index + 1);
  });
  return map;
}

/**
 * Movement of each item of `range` against the next longer range. Lists may be partial
 * (paged); an item missing from a list that was cut short can't be called new, so pass
 * `complete` for the lists that hold everything Spotify returned.
 */
export function movementFor(
  range: TimeRange,
  lists: Partial<RankedIds>,
  complete: Partial<Record<TimeRange, boolean>> = {},
): Map<string, ItemMovement> {
  const current = lists[range] ?? [];
  const short = ranks(lists.short_term ?? []);
  const medium = ranks(lists.medium_term ?? []);
  const long = ranks(lists.long_term ?? []);
  const longerRange = LONGER[range];
  const longer = longerRange ? ranks(lists[longerRange] ?? []) : null;
  const haveAll = Boolean(lists.short_term && lists.medium_term && lists.long_term);
  const result = new Map<string, ItemMovement>();
  ranks(current).forEach((rank, id) => {
    const staple = haveAll && short.has(id) && medium.has(id) && long.has(id);
    let movement: Movement | null = null;
    if (longer && longerRange) {
      const before = longer.get(id);
      if (before !== undefined) {
        movement =
          before > rank
            ? { kind: 'rising', by: before - rank }
            : before < rank
              ? { kind: 'falling', by: rank - before }
              : { kind: 'steady' };
      } else if (range === 'short_term' && lists.long_term && long.has(id)) {
        movement = { kind: 'returning' };
      } else if (range === 'short_term' && complete.medium_term && complete.long_term && lists.long_term) {
        movement = { kind: 'new' };
      } else if (range === 'medium_term' && complete.long_term) {
        movement = { kind: 'new' };
      }
    }
    result.set(id, { movement, staple, against: longerRange });
  });
  return result;
}

/** Words for screen readers and tooltips, in the page's language. */
export function describeMovement({ movement, staple, against }: ItemMovement): string {
  const longer = against ?? 'long_term';
  const said =
    movement?.kind === 'new'
      ? t(messages.isNew)
      : movement?.kind === 'returning'
        ? t(messages.returning, { longer })
        : movement?.kind === 'rising'
          ? t(messages.up, { by: movement.by, longer })
          : movement?.kind === 'falling'
            ? t(messages.down, { by: movement.by, longer })
            : movement?.kind === 'steady'
              ? t(messages.steady, { longer })
              : '';
  if (!staple) return said;
  return said ? t(messages.movementAndStaple, { movement: said, staple: t(messages.staple) }) : t(messages.staple);
}
