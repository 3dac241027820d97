import { defineMessages } from '../../i18n/i18n';

export const insightsMessages = defineMessages('insights', {
  documentTitle:
    'Insights · {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}} · Heavy Rotation',
  title: 'Insights',
  subtitle: 'From {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  loading: 'Loading your insights',
  emptyTitle: 'Nothing here yet',
  emptyText:
    "Spotify hasn't worked out your top tracks or artists for {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}. Listen for a while, then come back — or try a longer range.",
  meta: 'From your top {tracks, plural, one {# track} other {# tracks}} and {artists, plural, one {# artist} other {# artists}}',
  dataFrom: 'Data from {logo}',
  tracksValue: '{count, plural, one {# track} other {# tracks}}',
  artistsValue: '{count, plural, one {# artist} other {# artists}}',
  bar: '{label}: {value}',
  decade: '{decade}s',
  otherArtists: 'Other artists',
  decadesTitle: 'Decades of your top tracks',
  decadesCounts: 'Tracks of your top {count, number}, by the decade their album came out.',
  decadesSummary: 'Your top tracks by the decade their album came out. {bars}.',
  decadeHeader: 'Decade',
  tracksHeader: 'Tracks',
  undated: '{count, plural, one {# track has} other {# tracks have}} no release date.',
  shareTitle: 'Your top tracks by artist',
  shareCounts:
    'Tracks of your top {count, number}, each counted once: for the first of its artists among your top artists.',
  shareSummary: 'How many of your top tracks are by each of your top artists. {bars}.',
  artistHeader: 'Artist',
  genresTitle: 'Genres of your top artists',
  genresCounts: 'Artists of your top {count, number} who carry each genre; an artist can carry several.',
  genresSummary: 'How many of your top artists carry each genre. {bars}.',
  genreHeader: 'Genre',
  artistsHeader: 'Artists',
  noGenres: 'No genre chart: Spotify sent no genres for your top artists, as it does for apps in development mode.',
});
