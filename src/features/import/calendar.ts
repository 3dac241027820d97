// Calendar arithmetic in the browser's time zone, fast enough for a million streams: a
// stream's local day, hour and weekday come from its UTC second and the zone's offset, and
// the offset is looked up per UTC day (two Date calls a day, a binary search on the rare day
// the offset changes), not per stream.

/** Local time minus UTC, in minutes, at an instant (ms). The browser's: -getTimezoneOffset(). */
export type ZoneOffset = (utcMs: number) => number;

export const browserOffset: ZoneOffset = (utcMs) => -new Date(utcMs).getTimezoneOffset();

const DAY_S = 86_400;

export interface ZoneClock {
  /** Local day number (days since 1970-01-01 in local time) of a UTC second. */
  day(utcSeconds: number): number;
  /** Local hour of the week, weekday × 24 + hour, weekday 0 = Monday. */
  hourOfWeek(utcSeconds: number): number;
  /**
   * Both for a run of ascending UTC seconds, into `day` and `how` (the offsets looked up
   * once per UTC day of the run, not per second).
   */
  fill(utcSeconds: Uint32Array, day: Int32Array, how: Uint8Array): void;
}

interface DayOffsets {
  /** Offset (s) at the UTC day's start; after `change`, `after`. */
  before: number;
  change: number;
  after: number;
}

export function createZoneClock(offset: ZoneOffset = browserOffset): ZoneClock {
  const days = new Map<number, DayOffsets>();
  const offsetAt = (seconds: number) => offset(seconds * 1000) * 60;
  const forUtcDay = (utcDay: number): DayOffsets => {
    let entry = days.get(utcDay);
    if (!entry) {
      const start = utcDay * DAY_S;
      const before = offsetAt(start);
      const after = offsetAt(start + DAY_S);
      let change = start + DAY_S;
      if (before !== after) {
        // Zones change offset at most once a day: find the second it happens.
        let lo = start;
        let hi = start + DAY_S;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (offsetAt(mid) === before) lo = mid;
          else hi = mid;
        }
        change = hi;
      }
      entry = { before, change, after };
      days.set(utcDay, entry);
    }
    return entry;
  };
  const offsetSeconds = (utcSeconds: number) => {
    const entry = forUtcDay(Math.floor(utcSeconds / DAY_S));
    return utcSeconds < entry.change ? entry.before : entry.after;
  };
  const local = (utcSeconds: number) => utcSeconds + offsetSeconds(utcSeconds);
  return {
    fill: (seconds, day, how) => {
      let from = Infinity;
      let to = -Infinity;
      let entry: DayOffsets = { before: 0, change: 0, after: 0 };
      for (let i = 0; i < seconds.length; i++) {
        const t = seconds[i]!;
        if (t < from || t >= to) {
          const utcDay = Math.floor(t / DAY_S);
          entry = forUtcDay(utcDay);
          from = utcDay * DAY_S;
          to = from + DAY_S;
        }
        const localSeconds = t + (t < entry.change ? entry.before : entry.after);
        const d = Math.floor(localSeconds / DAY_S);
        day[i] = d;
        how[i] = ((((d + 3) % 7) + 7) % 7) * 24 + Math.floor((localSeconds - d * DAY_S) / 3600);
      }
    },
    day: (utcSeconds) => Math.floor(local(utcSeconds) / DAY_S),
    hourOfWeek: (utcSeconds) => {
      const seconds = local(utcSeconds);
      const day = Math.floor(seconds / DAY_S);
      return weekday(day) * 24 + Math.floor((seconds - day * DAY_S) / 3600);
    },
  };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Day number of a civil date (proleptic Gregorian), month 1–12. */
export function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number. */
export function civilFromDays(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of a day number. */
export function formatDay(day: number): string {
  const c = civilFromDays(day);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** Day number of 'YYYY-MM-DD', or null when it isn't a real date. */
export function parseDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = daysFromCivil(year, month, dayOfMonth);
  const back = civilFromDays(day);
  return back.month === month && back.day === dayOfMonth ? day : null;
}

/** Months since year 0 (year × 12 + month − 1) of a day number. */
export function monthIndex(day: number): number {
  const c = civilFromDays(day);
  return c.year * 12 + c.month - 1;
}

/** 'YYYY-MM' of a month index. */
export function formatMonth(index: number): string {
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

/** The same date `months` later (negative: earlier), clamped to the month's end (31 Aug − 6 months = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const c = civilFromDays(day);
  const index = c.year * 12 + c.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return daysFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}
