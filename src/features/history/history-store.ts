// Where history lives: IndexedDB on this device, through idb-keyval. One key per user
// holding that user's snapshots, pruned to the retention period on every load and save.
// Reach this module through import(): the list pages load it (and idb-keyval) on demand.
import { clear, createStore, entries, get, setMany, update, type UseStore } from 'idb-keyval';
import { dayOf, mergeIntoToday, mergeSnapshots, prune, type RankedLists, type Snapshot } from './history-model';

export const HISTORY_DB = 'heavy-rotation-history';
export const HISTORY_STORE = 'snapshots';

/** IndexedDB is missing or refuses to open (some browsers' private windows). The views word it. */
export class HistoryUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('on-device storage (IndexedDB) is missing or refused here: a private window?', { cause });
    this.name = 'HistoryUnavailableError';
  }
}

let store: UseStore | undefined;

function historyStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new HistoryUnavailableError();
  return (store ??= createStore(HISTORY_DB, HISTORY_STORE));
}

/** Runs an IndexedDB operation; any failure to reach storage becomes HistoryUnavailableError. */
async function withStore<T>(run: (store: UseStore) => Promise<T>): Promise<T> {
  try {
    return await run(historyStore());
  } catch (error) {
    if (error instanceof HistoryUnavailableError) throw error;
    // Let a later call try again: a blocked open isn't necessarily permanent.
    store = undefined;
    throw new HistoryUnavailableError(error);
  }
}

function isSnapshotList(value: unknown): value is Snapshot[] {
  return Array.isArray(value);
}

/** One user's snapshots, oldest first; past-retention ones are deleted on the way. */
export async function loadUserHistory(user: string, now: number): Promise<Snapshot[]> {
  return withStore(async (s) => {
    const stored = await get<unknown>(user, s);
    const all = isSnapshotList(stored) ? stored : [];
    const kept = prune(all, now);
    if (kept.length !== all.length)
      await update(user, (current: unknown) => prune(isSnapshotList(current) ? current : [], now), s);
    return kept;
  });
}

/** Every user's snapshots on this device, oldest first, pruned. */
export async function loadHistory(now: number): Promise<Snapshot[]> {
  return withStore(async (s) => {
    const all = await entries<string, unknown>(s);
    const pruned: [string, Snapshot[]][] = [];
    const changed: [string, Snapshot[]][] = [];
    for (const [user, value] of all) {
      const stored = isSnapshotList(value) ? value : [];
      const kept = prune(stored, now);
      pruned.push([user, kept]);
      if (kept.length !== stored.length || stored !== value) changed.push([user, kept]);
    }
    if (changed.length > 0) await setMany(changed, s);
    return pruned.flatMap(([, kept]) => kept).sort((a, b) => a.takenAt - b.takenAt);
  });
}

/** Merges lists seen now into today's snapshot for the user, in one transaction. */
export async function recordLists(user: string, lists: RankedLists, now: number): Promise<Snapshot[]> {
  return withStore(async (s) => {
    let result: Snapshot[] = [];
    await update(
      user,
      (current: unknown) => {
        const kept = prune(isSnapshotList(current) ? current : [], now);
        const today = dayOf(now);
        const todays = kept.find((snapshot) => snapshot.day === today);
        const others = kept.filter((snapshot) => snapshot !== todays);
        result = [...others, mergeIntoToday(todays, user, now, lists)];
        return result;
      },
      s,
    );
    return result;
  });
}

/** Adds imported snapshots to what is stored (see mergeSnapshots); returns how many the device now holds. */
export async function importSnapshots(incoming: readonly Snapshot[], now: number): Promise<number> {
  return withStore(async (s) => {
    const existing = await entries<string, unknown>(s);
    const current = existing.flatMap(([, value]) => (isSnapshotList(value) ? value : []));
    const merged = prune(mergeSnapshots(current, incoming), now);
    const byUser = new Map<string, Snapshot[]>();
    for (const snapshot of merged) byUser.set(snapshot.user, [...(byUser.get(snapshot.user) ?? []), snapshot]);
    await setMany([...byUser], s);
    return merged.length;
  });
}

/** Deletes every snapshot of every user on this device. */
export async function clearHistory(): Promise<void> {
  return withStore((s) => clear(s));
}
