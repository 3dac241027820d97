// A visit to a top list: its ids go into today's snapshot, and the list is compared with the
// last earlier day that has it. Loaded through import() with the store and idb-keyval.
import type { TimeRange, TopItemType } from '../../spotify/types';
import { changesSince, lastVisitWith, type Changes, type Snapshot } from './history-model';
import { loadUserHistory, recordLists } from './history-store';

export interface VisitComparison {
  /** When the list was last seen on an earlier day, with what changed since; absent on a first visit. */
  since?: { day: string; changes: Changes };
}

export async function recordVisit(
  user: string,
  type: TopItemType,
  range: TimeRange,
  ids: readonly string[],
  now: number,
): Promise<VisitComparison> {
  const snapshots = await recordLists(user, { [type]: { [range]: [...ids] } }, now);
  return compare(snapshots, user, type, range, ids, now);
}

/** The comparison alone, without recording (after an import or a delete on the history page). */
export async function compareWithLastVisit(
  user: string,
  type: TopItemType,
  range: TimeRange,
  ids: readonly string[],
  now: number,
): Promise<VisitComparison> {
  return compare(await loadUserHistory(user, now), user, type, range, ids, now);
}

function compare(
  snapshots: Snapshot[],
  user: string,
  type: TopItemType,
  range: TimeRange,
  ids: readonly string[],
  now: number,
): VisitComparison {
  const previous = lastVisitWith(snapshots, user, now, type, range);
  return previous ? { since: { day: previous.snapshot.day, changes: changesSince(previous.ids, ids) } } : {};
}
