import { defineMessages } from '../../i18n/i18n';

export const artistMessages = defineMessages('artist', {
  loading: 'Loading artist',
  documentTitle: '{name} · Heavy Rotation',
  photo: 'Photo of {name}',
  eyebrow: 'Artist',
  followers: 'Followers',
  popularity: 'Popularity',
  popularityValue: '{value, number} / 100',
  genres: 'Genres',
  someFailed: "Some of your top lists couldn't be loaded, so this page may miss a rank or a track.",
  tryAgain: 'Try again',
  back: '← Your top artists',
  dataFrom: 'Data from {logo}',
  ranksLabel: 'Among your top artists',
  checking:
    'Checking {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  ranked:
    '<rank>#{rank, number}</rank> in {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  absent:
    'Not in your top artists of {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  absentPartial:
    'Not in your top {checked, number} of {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  unknown:
    "Couldn't check {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}",
  tracksTitle: 'Your top tracks by {name}',
  tracksCaption: 'Your top tracks by {name}, with their rank in each time range',
  tracksLoading: 'Loading your top tracks',
  noneComplete: 'None of your top tracks of the last 4 weeks, 6 months or year is by {name}.',
  nonePartial: 'None of the top tracks loaded for the last 4 weeks, 6 months and year is by {name}.',
  trackHeader: 'Track',
  trackRank: '#{rank, number}',
  notInFirst:
    'not in the first {count, number} of {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  notIn: 'not in {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
});
