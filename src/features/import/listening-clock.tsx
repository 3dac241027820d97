// When you listen: hour of day × weekday, as a grid whose cells darken with plays, with the same
// numbers in a table for screen readers. Rows start on the language's first day of the week.
import { useId } from 'react';
import { dateFormat, formatNumber, weekdays } from '../../i18n/format';
import { isolate, t } from '../../i18n/i18n';
import { chartsMessages } from './charts-messages';
import { formatPlays } from './play-count';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** An hour on the 24-hour clock, in the language's way: "09:00". */
function hourLabel(hour: number): string {
  return dateFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(1970, 0, 1, hour),
  );
}

/** The clock's rows in the language's order: its weekday index (0 = Monday, as calendar.ts counts) and names. */
function clockDays(): { index: number; name: string; short: string }[] {
  const short = weekdays('short');
  return weekdays('long').map(({ day, name }, position) => ({
    index: (day + 6) % 7,
    name,
    short: short[position]!.name,
  }));
}

export function ListeningClock({
  clock,
  allStreams,
  timeZone,
}: {
  /** clock[weekday][hour], weekday 0 = Monday. */
  clock: readonly (readonly number[])[];
  allStreams: boolean;
  timeZone: string;
}) {
  const headingId = useId();
  const max = Math.max(1, ...clock.flat());
  let peak = { day: 0, hour: 0, count: -1 };
  clock.forEach((hours, day) =>
    hours.forEach((count, hour) => {
      if (count > peak.count) peak = { day, hour, count };
    }),
  );
  const days = clockDays();
  const nameOf = (index: number) => days.find((day) => day.index === index)!.name;
  const by = allStreams ? 'streams' : 'plays';
  const zone = isolate(timeZone);
  const title = t(chartsMessages.clockTitle);
  const summary =
    peak.count <= 0
      ? t(chartsMessages.noPlays)
      : t(chartsMessages.clockSummary, {
          by,
          day: nameOf(peak.day),
          hour: hourLabel(peak.hour),
          count: formatPlays(peak.count, allStreams),
          zone,
        });
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption id={headingId} className="chart-title">
        {title}
      </figcaption>
      <div className="listening-clock" role="img" aria-label={summary}>
        {days.map(({ index, name, short }) => (
          <div key={index} className="clock-row">
            <span className="clock-day" aria-hidden="true">
              {short}
            </span>
            {(clock[index] ?? []).map((count, hour) => (
              <span
                key={hour}
                className="clock-cell"
                // A level of 0–10 rather than a colour per cell: the palette stays in the stylesheet.
                data-level={count === 0 ? 0 : Math.max(1, Math.round((count / max) * 10))}
                title={t(chartsMessages.clockCell, {
                  day: name,
                  hour: hourLabel(hour),
                  count: formatPlays(count, allStreams),
                })}
              />
            ))}
          </div>
        ))}
        <div className="clock-row clock-hours" aria-hidden="true">
          <span className="clock-day" />
          {HOURS.map((hour) => (
            <span key={hour} className="clock-hour">
              {hour % 6 === 0 ? formatNumber(hour) : ''}
            </span>
          ))}
        </div>
      </div>
      <p className="chart-note">{t(chartsMessages.hoursIn, { zone })}</p>
      <div className="visually-hidden">
        <table>
          <caption>{t(chartsMessages.clockCaption, { by })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(chartsMessages.hour)}</th>
              {days.map(({ index, name }) => (
                <th key={index} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HOURS.map((hour) => (
              <tr key={hour}>
                <th scope="row">{hourLabel(hour)}</th>
                {days.map(({ index }) => (
                  <td key={index}>{formatNumber(clock[index]?.[hour] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
