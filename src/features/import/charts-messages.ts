import { defineMessages } from '../../i18n/i18n';

// `{by}` is `streams` (every stream counted) or `plays` (30 seconds or more).
export const chartsMessages = defineMessages('importCharts', {
  noPlays: 'No plays in this period.',
  monthSummary:
    '{total} over {months, plural, one {# month} other {# months}}, from {first} to {last}; the busiest was {busiest} with {busiestCount}.',
  month: 'Month',
  countColumn: '{by, select, streams {Streams} other {Plays}}',
  perMonthWhole:
    '{by, select, streams {Streams per month, your whole history} other {Plays per month, your whole history}}',
  perMonthOf: '{by, select, streams {Streams of {name} per month} other {Plays of {name} per month}}',
  byYearOf: '{by, select, streams {Streams of {name} by year} other {Plays of {name} by year}}',
  clockTitle: 'When you listen: hour of day and weekday',
  clockCaption:
    '{by, select, streams {When you listen: hour of day and weekday, streams} other {When you listen: hour of day and weekday, plays}}',
  clockSummary:
    '{by, select, streams {Most streams at {hour} on a {day}: {count} ({zone}).} other {Most plays at {hour} on a {day}: {count} ({zone}).}}',
  clockCell: '{day} {hour}: {count}',
  hoursIn: 'Hours in {zone}.',
  hour: 'Hour',
  yearCountsStreams: 'Every stream of each year, from your imported history.',
  yearCountsPlays: 'Plays (30 seconds or more) of each year, from your imported history.',
  yearSummary: '{title}: {years}.',
  yearItem: '{year}, {count}',
  year: 'Year',
  unitPlay: 'play',
  unitPlays: 'plays',
  unitStream: 'stream',
  unitStreams: 'streams',
});
