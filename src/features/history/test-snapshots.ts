// Snapshots for the history tests: days counted back from a fixed "now".
import type { Snapshot } from './history-model';

export const DAY = 24 * 60 * 60 * 1000;
export const now = Date.parse('2026-11-29T12:00:00Z');

/** A snapshot of one list (top tracks, last 4 weeks) taken `daysAgo` days before `now`. */
export const snap = (daysAgo: number, ids: string[], user = 'u1'): Snapshot => ({
  user,
  day: new Date(now - daysAgo * DAY).toISOString().slice(0, 10),
  takenAt: now - daysAgo * DAY,
  lists: { tracks: { short_term: ids } },
});
