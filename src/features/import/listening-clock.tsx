// When you listen: hour of day × weekday, as a grid whose cells darken with plays, with the same
// numbers in a table for screen readers.
import { useId } from 'react';
import { formatPlays } from './play-count';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
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
  const title = 'When you listen: hour of day and weekday';
  const summary =
    peak.count <= 0
      ? 'No plays in this period.'
      : `Most ${allStreams ? 'streams' : 'plays'} on ${WEEKDAYS[peak.day]}s at ${hourLabel(peak.hour)}: ${formatPlays(peak.count, allStreams)} (${timeZone}).`;
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption id={headingId} className="chart-title">
        {title}
      </figcaption>
      <div className="listening-clock" role="img" aria-label={summary}>
        {clock.map((hours, day) => (
          <div key={day} className="clock-row">
            <span className="clock-day" aria-hidden="true">
              {WEEKDAYS[day]!.slice(0, 3)}
            </span>
            {hours.map((count, hour) => (
              <span
                key={hour}
                className="clock-cell"
                // A level of 0–10 rather than a colour per cell: the palette stays in the stylesheet.
                data-level={count === 0 ? 0 : Math.max(1, Math.round((count / max) * 10))}
                title={`${WEEKDAYS[day]} ${hourLabel(hour)}: ${formatPlays(count, allStreams)}`}
              />
            ))}
          </div>
        ))}
        <div className="clock-row clock-hours" aria-hidden="true">
          <span className="clock-day" />
          {HOURS.map((hour) => (
            <span key={hour} className="clock-hour">
              {hour % 6 === 0 ? hour : ''}
            </span>
          ))}
        </div>
      </div>
      <p className="chart-note">Hours in {timeZone}.</p>
      <div className="visually-hidden">
        <table>
          <caption>
            {title}, {allStreams ? 'streams' : 'plays'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Hour</th>
              {WEEKDAYS.map((day) => (
                <th key={day} scope="col">
                  {day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {HOURS.map((hour) => (
              <tr key={hour}>
                <th scope="row">{hourLabel(hour)}</th>
                {clock.map((hours, day) => (
                  <td key={day}>{hours[hour] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
