// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths, browserOffset, createZoneClock, daysFromCivil, formatDay, parseDay, weekday } from './calendar';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('calendar arithmetic', () => {
  it('converts civil dates and day numbers both ways, leap years included', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(formatDay(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeNull();
    expect(parseDay('2000-02-29')).toBe(daysFromCivil(2000, 2, 29));
    expect(weekday(daysFromCivil(2026, 12, 2))).toBe(2); // a Wednesday
  });

  it('moves by months, clamping to the shorter month', () => {
    expect(formatDay(addMonths(daysFromCivil(2026, 8, 31), -6))).toBe('2026-02-28');
    expect(formatDay(addMonths(daysFromCivil(2024, 8, 31), -6))).toBe('2024-02-29');
    expect(formatDay(addMonths(daysFromCivil(2026, 1, 15), -12))).toBe('2025-01-15');
  });
});

describe('the zone clock', () => {
  it('puts a stream on its local day and hour, across a new year', () => {
    const tokyo = createZoneClock(() => 9 * 60);
    const newYork = createZoneClock(() => -5 * 60);
    const t = utc('2023-12-31T20:30:00Z');
    expect(formatDay(tokyo.day(t))).toBe('2024-01-01');
    expect(formatDay(newYork.day(t))).toBe('2023-12-31');
    expect(tokyo.hourOfWeek(t)).toBe(0 * 24 + 5); // Monday 05:xx
    expect(newYork.hourOfWeek(t)).toBe(6 * 24 + 15); // Sunday 15:xx
  });

  it('follows an offset change within a day to the second', () => {
    // Like Europe/Berlin on 2024-03-31: +1 h until 01:00 UTC, +2 h after.
    const change = utc('2024-03-31T01:00:00Z');
    const clock = createZoneClock((ms) => (ms / 1000 < change ? 60 : 120));
    expect(clock.hourOfWeek(change - 1) % 24).toBe(1); // 01:59:59 local
    expect(clock.hourOfWeek(change) % 24).toBe(3); // 03:00 local
    // A half-hour zone's midnight: 23:45 UTC at +00:30 is the next local day.
    const half = createZoneClock(() => 30);
    expect(formatDay(half.day(utc('2024-06-01T23:45:00Z')))).toBe('2024-06-02');
  });

  describe("with the runtime's own zone", () => {
    // Node reads TZ again whenever it is set.
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it.each(['America/St_Johns', 'Asia/Kolkata', 'Europe/Stockholm', 'Pacific/Auckland'])(
      'agrees with Intl in %s',
      (zone) => {
        vi.stubEnv('TZ', zone);
        const clock = createZoneClock(browserOffset);
        const format = new Intl.DateTimeFormat('en-CA', {
          timeZone: zone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          hourCycle: 'h23',
        });
        for (let t = utc('2023-03-01T00:00:00Z'); t < utc('2024-12-01T00:00:00Z'); t += 3_607 * 7) {
          const parts = Object.fromEntries(format.formatToParts(t * 1000).map((p) => [p.type, p.value]));
          expect(formatDay(clock.day(t))).toBe(`${parts.year}-${parts.month}-${parts.day}`);
          expect(clock.hourOfWeek(t) % 24).toBe(Number(parts.hour));
        }
      },
    );
  });
});
