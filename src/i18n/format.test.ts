import { afterEach, describe, expect, it } from 'vitest';
import {
  firstDayOfWeek,
  formatCount,
  formatDuration,
  formatDurationLong,
  formatList,
  formatListeningTime,
  formatPercent,
  formatRelativeTime,
  weekdays,
} from './format';
import { setLocale } from './i18n';

afterEach(() => setLocale('en'));

describe('formatting in the page language', () => {
  it('writes counts, percentages and durations the English way', () => {
    expect(formatCount(9876)).toBe('9,876');
    expect(formatCount(12_345)).toBe('12.3K');
    expect(formatPercent(0.256)).toBe('26%');
    expect(formatDuration(185_000)).toBe('3:05');
    expect(formatDurationLong(185_000)).toBe('3 minutes, 5 seconds');
    expect(formatListeningTime(71 * 3_600_000)).toBe('71 hr');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B, and C');
  });

  it('writes them the German and Arabic ways', () => {
    setLocale('de');
    expect(formatCount(9876)).toBe('9.876');
    expect(formatPercent(0.25)).toBe('25\u00a0%');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B und C');
    setLocale('ar');
    expect(formatDuration(185_000)).toBe('3:05');
    expect(formatCount(1234)).toBe('1,234');
  });

  it('says how long ago, in words where the language has them', () => {
    const now = Date.UTC(2026, 11, 2, 12);
    expect(formatRelativeTime(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(formatRelativeTime(now - 86_400_000, now)).toBe('yesterday');
    setLocale('es');
    expect(formatRelativeTime(now - 86_400_000, now)).toBe('ayer');
  });

  it("starts the week on the language's first day", () => {
    expect(firstDayOfWeek('en')).toBe(7);
    expect(firstDayOfWeek('de')).toBe(1);
    expect(weekdays()[0]).toEqual({ day: 0, name: 'Sun' });
    setLocale('fr');
    expect(weekdays('long').map((day) => day.day)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdays('long')[0]!.name).toBe('lundi');
  });
});
