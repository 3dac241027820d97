// Listening history kept on this device: one snapshot of the top lists per user and day.
// Within Spotify's Developer Terms it holds ids and ranks only (names and artwork are read
// from the API when shown) and is deleted after RETENTION_DAYS.
import { TIME_RANGES, type TimeRange, type TopItemType } from '../../spotify/types';

export const RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RankedLists = Partial<Record<TopItemType, Partial<Record<TimeRange, string[]>>>>;

export interface Snapshot {
  /** `account_id` when Spotify provides it, else the user id. */
  user: string;
  /** UTC calendar day, YYYY-MM-DD: one snapshot per user and day. */
  day: string;
  takenAt: number;
  lists: RankedLists;
}

export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Snapshots younger than the retention period. */
export function prune(snapshots: readonly Snapshot[], now: number, retentionDays = RETENTION_DAYS): Snapshot[] {
  return snapshots.filter((s) => now - s.takenAt < retentionDays * DAY_MS);
}

/** Today's snapshot merged over any earlier one of the same day (a list seen later wins). */
export function mergeIntoToday(
  existing: Snapshot | undefined,
  user: string,
  now: number,
  lists: RankedLists,
): Snapshot {
  const day = dayOf(now);
  const base = existing && existing.user === user && existing.day === day ? existing.lists : {};
  const merged: RankedLists = { ...base };
  for (const [type, ranges] of Object.entries(lists) as [TopItemType, Partial<Record<TimeRange, string[]>>][]) {
    merged[type] = { ...base[type], ...ranges };
  }
  return { user, day, takenAt: now, lists: merged };
}

/** The latest snapshot from an earlier day: "your last visit". */
export function lastVisit(snapshots: readonly Snapshot[], user: string, now: number): Snapshot | undefined {
  const today = dayOf(now);
  return snapshots.filter((s) => s.user === user && s.day < today).sort((a, b) => b.takenAt - a.takenAt)[0];
}

export interface Changes {
  /** In the list now, not then. */
  entered: string[];
  /** In the list then, not now. */
  left: string[];
  /** Rank change for items in both: positive is up. */
  moved: Map<string, number>;
}

export function changesSince(before: readonly string[], now: readonly string[]): Changes {
  const was = new Map(before.map((id, index) => [id, index + 1] as const));
  const is = new Map(now.map((id, index) => [id, index + 1] as const));
  const moved = new Map<string, number>();
  for (const [id, rank] of is) {
    const previous = was.get(id);
    if (previous !== undefined && previous !== rank) moved.set(id, previous - rank);
  }
  return {
    entered: now.filter((id) => !was.has(id)),
    left: before.filter((id) => !is.has(id)),
    moved,
  };
}

export interface HistoryExport {
  app: 'heavy-rotation';
  kind: 'history';
  version: 1;
  exportedAt: string;
  snapshots: Snapshot[];
}

export function toExport(snapshots: readonly Snapshot[], now: number): HistoryExport {
  return {
    app: 'heavy-rotation',
    kind: 'history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    snapshots: [...snapshots],
  };
}

const ID = /^[0-9A-Za-z]{1,64}$/;

/** Why an imported file was refused; the view words it (history-controls.tsx). */
export type HistoryFileProblem = 'notJson' | 'notHistory' | 'incomplete' | 'notIds';

export class HistoryFileError extends Error {
  constructor(readonly problem: HistoryFileProblem) {
    // For developers; the listener reads the view's message for `problem`.
    super(`history file refused: ${problem}`);
    this.name = 'HistoryFileError';
  }
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= 1000 && value.every((id) => typeof id === 'string' && ID.test(id));
}

/** Reads an imported file; throws a HistoryFileError saying what is wrong with it. Keeps ids and ranks only. */
export function fromImport(text: string, now: number): Snapshot[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HistoryFileError('notJson');
  }
  const v = data as Partial<HistoryExport> | null;
  if (!v || v.app !== 'heavy-rotation' || v.kind !== 'history' || v.version !== 1 || !Array.isArray(v.snapshots)) {
    throw new HistoryFileError('notHistory');
  }
  const snapshots: Snapshot[] = [];
  for (const raw of v.snapshots as unknown[]) {
    const s = raw as Partial<Snapshot> | null;
    if (!s || typeof s.user !== 'string' || typeof s.takenAt !== 'number' || typeof s.lists !== 'object' || !s.lists) {
      throw new HistoryFileError('incomplete');
    }
    const lists: RankedLists = {};
    for (const type of ['tracks', 'artists'] as const) {
      for (const range of TIME_RANGES) {
        const ids = s.lists[type]?.[range];
        if (ids === undefined) continue;
        if (!isIdList(ids)) throw new HistoryFileError('notIds');
        (lists[type] ??= {})[range] = ids;
      }
    }
    snapshots.push({ user: s.user.slice(0, 128), day: dayOf(s.takenAt), takenAt: s.takenAt, lists });
  }
  return prune(snapshots, now);
}

/** The latest snapshot from an earlier day that holds this list: what "since your last visit" compares with. */
export function lastVisitWith(
  snapshots: readonly Snapshot[],
  user: string,
  now: number,
  type: TopItemType,
  range: TimeRange,
): { snapshot: Snapshot; ids: string[] } | undefined {
  const today = dayOf(now);
  let best: { snapshot: Snapshot; ids: string[] } | undefined;
  for (const snapshot of snapshots) {
    const ids = snapshot.lists[type]?.[range];
    if (snapshot.user !== user || snapshot.day >= today || !ids) continue;
    if (!best || snapshot.takenAt > best.snapshot.takenAt) best = { snapshot, ids };
  }
  return best;
}

/** Two histories as one: one snapshot per user and day, the later-taken lists winning where both have one. */
export function mergeSnapshots(existing: readonly Snapshot[], incoming: readonly Snapshot[]): Snapshot[] {
  const byKey = new Map<string, Snapshot>();
  for (const snapshot of [...existing, ...incoming]) {
    const key = `${snapshot.user}\u0000${snapshot.day}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, snapshot);
      continue;
    }
    const [older, newer] = other.takenAt <= snapshot.takenAt ? [other, snapshot] : [snapshot, other];
    byKey.set(key, mergeIntoToday(older, newer.user, newer.takenAt, newer.lists));
  }
  return [...byKey.values()].sort((a, b) => a.takenAt - b.takenAt);
}
