// Numbers, dates, durations and lists in the page's language, through Intl. Formats are made
// once per language and options (making an Intl formatter costs far more than using one).
import { currentLocale, numberFormat } from './i18n';
import { intlLocale, type Locale } from './locales';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const otherFormats = new Map<string, Intl.RelativeTimeFormat | Intl.ListFormat>();

export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${currentLocale()}${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(currentLocale()), options)));
  return format;
}

/** A whole number with the language's grouping: 1,234 · 1.234 · ١٬٢٣٤. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(options).format(value);
}

/** A count that stays short: 9,876 in full, then 12K / 1,2 Mio. */
export function formatCount(value: number): string {
  return value >= 10_000
    ? numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(value)
    : numberFormat().format(value);
}

/** A share of a whole (0.25 → 25 %, in the language's way). */
export function formatPercent(fraction: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A track's length as a clock: 3:05 (digits in the language's numbering). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = numberFormat().format(Math.floor(total / 60));
  const seconds = numberFormat({ minimumIntegerDigits: 2, useGrouping: false }).format(total % 60);
  return `${minutes}:${seconds}`;
}

function unit(value: number, name: 'hour' | 'minute' | 'second', display: 'long' | 'short' | 'narrow'): string {
  return numberFormat({ style: 'unit', unit: name, unitDisplay: display, maximumFractionDigits: 0 }).format(value);
}

/** A track's length in words, for screen readers: "3 minutes, 5 seconds". */
export function formatDurationLong(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return formatList([unit(Math.floor(total / 60), 'minute', 'long'), unit(total % 60, 'second', 'long')], 'unit');
}

/** Listening time at a glance: "71 h", or "45 min" under an hour. */
export function formatListeningTime(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 60 ? unit(Math.round(minutes / 60), 'hour', 'short') : unit(Math.round(minutes), 'minute', 'short');
}

/**
 * Makes the formats a list's rows write (durations, counts) ahead of their first render: the
 * first Intl format of a kind costs milliseconds, which the sign-in spends while its requests travel.
 */
export function prepareListFormats(): void {
  formatDuration(0);
  formatDurationLong(0);
  formatCount(0);
}

/** "A, B and C" (or "A, B or C"), in the language's way. */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction',
): string {
  const key = `${currentLocale()}list${type}`;
  let format = otherFormats.get(key) as Intl.ListFormat | undefined;
  if (!format)
    otherFormats.set(key, (format = new Intl.ListFormat(intlLocale(currentLocale()), { type, style: 'long' })));
  return format.format(items);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago", "yesterday", "in 2 hours", from `now`. */
export function formatRelativeTime(date: Date | number, now: Date | number = Date.now()): string {
  const key = `${currentLocale()}relative`;
  let format = otherFormats.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format)
    otherFormats.set(key, (format = new Intl.RelativeTimeFormat(intlLocale(currentLocale()), { numeric: 'auto' })));
  const difference = Number(date) - Number(now);
  for (const [name, size] of RELATIVE_UNITS) {
    if (Math.abs(difference) >= size) return format.format(Math.round(difference / size), name);
  }
  return format.format(0, 'minute');
}

// Where Intl.Locale has no week information (older engines), CLDR's first day for our languages.
const FIRST_DAY: Record<Locale, number> = {
  en: 7,
  es: 1,
  'pt-BR': 7,
  fr: 1,
  de: 1,
  it: 1,
  nl: 1,
  ja: 7,
  ar: 6,
};

/** The language's first day of the week: 1 = Monday … 7 = Sunday (CLDR, through Intl.Locale). */
export function firstDayOfWeek(locale: Locale = currentLocale()): number {
  const intl = new Intl.Locale(locale) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number };
    weekInfo?: { firstDay: number };
  };
  return intl.getWeekInfo?.().firstDay ?? intl.weekInfo?.firstDay ?? FIRST_DAY[locale];
}

/**
 * The week's days in the language's order, as JavaScript numbers them (0 = Sunday … 6 = Saturday),
 * each with its name: for a listening clock whose rows start on the locale's first day.
 */
export function weekdays(style: 'long' | 'short' | 'narrow' = 'short'): { day: number; name: string }[] {
  const first = firstDayOfWeek() % 7;
  const names = dateFormat({ weekday: style, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, index) => {
    const day = (first + index) % 7;
    // 4 January 1970 was a Sunday.
    return { day, name: names.format(Date.UTC(1970, 0, 4 + day)) };
  });
}
