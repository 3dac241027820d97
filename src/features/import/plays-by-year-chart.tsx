// Plays by year as bars, with the table for screen readers: a track's or artist's detail view,
// and the artist page.
import { BarChart } from '../../components/bar-chart';
import { formatCount } from '../../i18n/format';
import type { YearCount } from './history-client';

/** Plays by year as bars, with the table for screen readers (the artist page shows it too). */
export function PlaysByYearChart({
  title,
  years,
  allStreams = false,
}: {
  title: string;
  years: readonly YearCount[];
  allStreams?: boolean;
}) {
  const unit: [string, string] = allStreams ? ['stream', 'streams'] : ['play', 'plays'];
  const bars = years.map((year) => ({ label: String(year.year), value: year.count }));
  return (
    <BarChart
      title={title}
      counts={
        allStreams
          ? 'Every stream of each year, from your imported history.'
          : 'Plays (30 seconds or more) of each year, from your imported history.'
      }
      bars={bars}
      unit={unit}
      summary={`${title}: ${bars.map((bar) => `${bar.label}, ${formatCount(bar.value)} ${bar.value === 1 ? unit[0] : unit[1]}`).join('; ')}.`}
      labelHeader="Year"
      valueHeader={allStreams ? 'Streams' : 'Plays'}
      formatValue={(value) => new Intl.NumberFormat('en').format(value)}
    />
  );
}
