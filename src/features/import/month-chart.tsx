// Plays per month as columns in inline SVG, with the same numbers in a table for screen readers.
// Widths are percentages, so it fits any width; the height is fixed, so nothing moves as it draws.
import { useId } from 'react';
import { dateFormat } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { chartsMessages } from './charts-messages';
import type { MonthCount } from './history-client';
import { formatPlays } from './play-count';

const HEIGHT = 140;

/** 'YYYY-MM' in words, in the page's language: "Mar 2021". */
export function monthLabel(month: string): string {
  return dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function MonthChart({
  title,
  months,
  allStreams,
}: {
  title: string;
  months: readonly MonthCount[];
  allStreams: boolean;
}) {
  const headingId = useId();
  const max = Math.max(1, ...months.map((month) => month.count));
  const width = 100 / Math.max(1, months.length);
  const busiest = months.reduce<MonthCount | undefined>(
    (best, month) => (!best || month.count > best.count ? month : best),
    undefined,
  );
  const total = months.reduce((sum, month) => sum + month.count, 0);
  // Year marks under the columns: every January (or the first month shown).
  const januaries = months.flatMap((month, index) =>
    month.month.endsWith('-01') ? [{ index, year: month.month.slice(0, 4) }] : [],
  );
  // The first month's year too, unless a January follows too soon for both labels to fit.
  const first = months[0];
  const years =
    first && !first.month.endsWith('-01') && (januaries[0]?.index ?? Infinity) >= 6
      ? [{ index: 0, year: first.month.slice(0, 4) }, ...januaries]
      : januaries;
  const step = Math.max(1, Math.ceil(years.length / 8));
  const summary =
    months.length === 0 || !busiest
      ? t(chartsMessages.noPlays)
      : t(chartsMessages.monthSummary, {
          total: formatPlays(total, allStreams),
          months: months.length,
          first: monthLabel(months[0]!.month),
          last: monthLabel(months.at(-1)!.month),
          busiest: monthLabel(busiest.month),
          busiestCount: formatPlays(busiest.count, allStreams),
        });
  return (
    <figure className="chart" aria-labelledby={headingId}>
      <figcaption id={headingId} className="chart-title">
        {title}
      </figcaption>
      <svg className="month-chart" width="100%" height={HEIGHT + 18} role="img" aria-label={summary}>
        {months.map((month, index) => {
          const height = (month.count / max) * HEIGHT;
          return (
            <rect
              key={month.month}
              className="bar"
              x={`${index * width}%`}
              y={HEIGHT - height}
              width={`${width * 0.8}%`}
              height={Math.max(height, month.count > 0 ? 1 : 0)}
            />
          );
        })}
        {years
          .filter((_, index) => index % step === 0)
          .map(({ index, year }) => (
            <text key={year} className="axis-label" x={`${index * width}%`} y={HEIGHT + 14}>
              {year}
            </text>
          ))}
      </svg>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(chartsMessages.month)}</th>
              <th scope="col">{t(chartsMessages.countColumn, { by: allStreams ? 'streams' : 'plays' })}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{monthLabel(month.month)}</th>
                <td>{formatPlays(month.count, allStreams)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
