import { useId } from 'react';
import './chart.css';

/** One bar: what it stands for and its number. */
export interface Bar {
  label: string;
  value: number;
}

const ROW = 34;
/** Bars stop short of the right edge, where the value goes. */
const BAR_SPAN = 84;

function clip(label: string, max = 38): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * A horizontal bar chart in inline SVG, with the same numbers in a table for screen readers.
 * Its height follows from the number of bars, so nothing moves when it draws; widths are
 * percentages, so it fits any width down to 320 px.
 */
export function BarChart({
  title,
  bars,
  valueText,
  summary,
  counts,
  labelHeader,
  valueHeader,
  formatValue = String,
}: {
  title: string;
  /** One line under the title: what each bar's number counts ("Tracks of your top 50, …"). */
  counts: string;
  bars: readonly Bar[];
  /**
   * A value with its unit, for the screen readers' table: `(n) => t(messages.tracks, { n })`, a
   * message with `{n, plural, …}`, so every language gets its plural forms.
   */
  valueText: (value: number) => string;
  /** One sentence for `aria-label`. */
  summary: string;
  labelHeader: string;
  valueHeader: string;
  /** How a value is written (plain digits by default). */
  formatValue?: (value: number) => string;
}) {
  const headingId = useId();
  const countsId = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="chart" aria-labelledby={headingId} aria-describedby={countsId}>
      <figcaption>
        <span id={headingId} className="chart-title">
          {title}
        </span>
        <span id={countsId} className="chart-counts">
          {counts}
        </span>
      </figcaption>
      <svg className="bar-chart" width="100%" height={bars.length * ROW} role="img" aria-label={summary}>
        {bars.map((bar, index) => (
          <g key={bar.label}>
            <text className="bar-label" x="0" y={index * ROW + 13}>
              {clip(bar.label)}
            </text>
            <rect
              className="bar"
              x="0"
              y={index * ROW + 18}
              height="10"
              rx="3"
              width={`${Math.max((bar.value / max) * BAR_SPAN, 0.5)}%`}
            />
            <text className="bar-value" x="100%" y={index * ROW + 28} textAnchor="end">
              {formatValue(bar.value)}
            </text>
          </g>
        ))}
      </svg>
      {/* A table ignores the 1 px box of .visually-hidden: its wrapper takes the class instead. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{valueText(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
