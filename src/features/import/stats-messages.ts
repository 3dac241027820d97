import { defineMessages } from '../../i18n/i18n';

// `{list}` is tracks, artists or albums; `{entity}` track, artist or album; `{period}` the period in
// words (import.periodAll, a year, import.dateRange …), a phrase that stands on its own.
export const statsMessages = defineMessages('importStats', {
  rank: 'Number {rank, number}',
  filterLabel:
    '{list, select, tracks {Filter tracks by name} artists {Filter artists by name} other {Filter albums by name}}',
  filterPlaceholder: '{list, select, tracks {Filter tracks} artists {Filter artists} other {Filter albums}}',
  rankBy: 'Rank by',
  byPlays: 'Plays',
  byTime: 'Time',
  ranking: '{list, select, tracks {Ranking your tracks…} artists {Ranking your artists…} other {Ranking your albums…}}',
  noMatch:
    '{list, select, tracks {No track matches “{filter}”.} artists {No artist matches “{filter}”.} other {No album matches “{filter}”.}}',
  noneInPeriod:
    '{list, select, tracks {No tracks in {period}.} artists {No artists in {period}.} other {No albums in {period}.}}',
  showing:
    '{list, select, tracks {Showing {first}–{last} of {total, plural, one {# track} other {# tracks}}} artists {Showing {first}–{last} of {total, plural, one {# artist} other {# artists}}} other {Showing {first}–{last} of {total, plural, one {# album} other {# albums}}}}',
  countEveryStream: 'Count every stream',
  everyStream: 'Every stream',
  everyStreamNote: 'Off, a play is a stream of 30 seconds or more, as Spotify counts them; on, every stream counts.',
  loadingTop:
    '{list, select, tracks {Loading your top tracks} artists {Loading your top artists} other {Loading your top albums}}',
  listLabel:
    '{list, select, tracks {Your top tracks of {period}} artists {Your top artists of {period}} other {Your top albums of {period}}}, {by, select, streams {by streams} plays {by plays} other {by time}}',
  pagesLabel:
    '{list, select, tracks {Pages of your top tracks} artists {Pages of your top artists} other {Pages of your top albums}}',
  previous: 'Previous',
  next: 'Next',
  pageOf: 'Page {page, number} of {pages, number}',

  exportOrShare: 'Export or share',
  exportOrShareShort: 'Export<wide> or share</wide>',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  shareTop: 'Share top 10',
  preparing: 'Preparing the file…',
  exported:
    '{entity, select, track {{count, plural, one {Exported # track as {format}.} other {Exported # tracks as {format}.}}} artist {{count, plural, one {Exported # artist as {format}.} other {Exported # artists as {format}.}}} other {{count, plural, one {Exported # album as {format}.} other {Exported # albums as {format}.}}}}',
  exportFailed: 'Export failed: {reason}',
  cardFailed: 'The card could not be made: {reason}',
  shareTitle:
    '{entity, select, track {Share your top 10 tracks of {period}} artist {Share your top 10 artists of {period}} other {Share your top 10 albums of {period}}}',
  cardHeading: 'My top 10 of {period}',
  cardRange:
    '{entity, select, track {Tracks} artist {Artists} other {Albums}}, {by, select, minutes {by minutes} other {by plays}}',
  shareSubject:
    '{entity, select, track {your top 10 tracks of {period}} artist {your top 10 artists of {period}} other {your top 10 albums of {period}}}',
  fileStem: 'heavy-rotation-history-top-{entity, select, track {tracks} artist {artists} other {albums}}-{period}',
  csvRank: 'rank',
  csvName: 'name',
  csvArtist: 'artist',
  csvAlbum: 'album',
  csvPlays: 'plays',
  csvStreams: 'streams',
  csvMsPlayed: 'ms_played',
  csvUri: 'spotify_uri',
  csvUrl: 'spotify_url',
  jsonSource: 'imported streaming history',
  jsonEveryStream: 'every stream',
  jsonPlays: 'plays of 30 seconds or more',

  totals: 'Totals',
  totalPlays: 'Plays',
  totalStreams: 'Streams',
  timePlayed: 'Time played',
  tracks: 'Tracks',
  artists: 'Artists',
  albums: 'Albums',
  daysListened: 'Days listened',
  firstStream: 'First stream',
  lastStream: 'Last stream',
  podcasts: 'Podcasts (apart from music)',
  audiobooks: 'Audiobooks (apart from music)',
  videos: 'Videos (apart from music)',
  records: 'Records',
  longestStreak: 'Longest daily streak',
  streak: '{days, plural, one {# day in a row} other {# days in a row}}, {from} – {to}',
  mostInADay: '{by, select, streams {Most streams of one track in a day} other {Most plays of one track in a day}}',
  mostInADayValue: '{plays} of <link>{track}</link> by {artist} on {date}',
  mostInADayValueNoArtist: '{plays} of <link>{track}</link> on {date}',
  firstPlayedTitle: 'When you first played your top tracks',
  track: 'Track',
  firstPlayed: 'First played',
  lastPlayed: 'Last played',
  counting: 'Counting your history',

  backToList: 'Back to the list',
  loading: 'Loading',
  notInHistory: 'Not in your history',
  notInHistoryBody:
    '{entity, select, track {This track isn’t in the imported history (it may have been deleted).} other {This artist isn’t in the imported history (it may have been deleted).}}',
  eyebrow: '{entity, select, track {Track in your history} other {Artist in your history}}',
  inPeriod: 'In {period}',
  backToTop: '{entity, select, track {← Your top tracks} other {← Your top artists}}',
});
