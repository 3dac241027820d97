// Plays by year as bars, with the table for screen readers: a track's or artist's detail view,
// and the artist page.
import { BarChart } from '../../components/bar-chart';
import { formatList, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/i18n';
import { chartsMessages } from './charts-messages';
import type { YearCount } from './history-client';
import { formatPlays } from './play-count';

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
  // BarChart (shared) asks for a singular and a plural word for its table; the summary says it whole.
  const unit: [string, string] = allStreams
    ? [t(chartsMessages.unitStream), t(chartsMessages.unitStreams)]
    : [t(chartsMessages.unitPlay), t(chartsMessages.unitPlays)];
  const bars = years.map((year) => ({ label: String(year.year), value: year.count }));
  const items = years.map((year) =>
    t(chartsMessages.yearItem, { year: year.year, count: formatPlays(year.count, allStreams) }),
  );
  return (
    <BarChart
      title={title}
      counts={t(allStreams ? chartsMessages.yearCountsStreams : chartsMessages.yearCountsPlays)}
      bars={bars}
      unit={unit}
      summary={t(chartsMessages.yearSummary, { title, years: formatList(items, 'unit') })}
      labelHeader={t(chartsMessages.year)}
      valueHeader={t(chartsMessages.countColumn, { by: allStreams ? 'streams' : 'plays' })}
      formatValue={(value) => formatNumber(value)}
    />
  );
}
