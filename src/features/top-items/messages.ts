import { defineMessages } from '../../i18n/i18n';

// `type` is "tracks" or "artists", `range` a time range as the URL has it (short_term, …).
export const topItemsMessages = defineMessages('topItems', {
  title: '{type, select, tracks {Your top tracks} other {Your top artists}}',
  documentTitle: '{title} · {range} · Heavy Rotation',
  subtitle:
    '{range, select, short_term {From the last 4 weeks} medium_term {From the last 6 months} other {From the last year}}',
  listLabel:
    '{type, select, tracks {Your top tracks} other {Your top artists}}, {range, select, short_term {the last 4 weeks} medium_term {the last 6 months} other {the last year}}',
  emptyTitle: 'Nothing here yet',
  empty:
    "{type, select, tracks {Spotify hasn't worked out your top tracks} other {Spotify hasn't worked out your top artists}} {range, select, short_term {for the last 4 weeks} medium_term {for the last 6 months} other {for the last year}}. That happens with new accounts or little listening in that time. Listen for a while, then come back — or try a longer range.",
  loading: '{type, select, tracks {Loading your top tracks…} other {Loading your top artists…}}',
  loadingLabel: '{type, select, tracks {Loading your top tracks} other {Loading your top artists}}',
  showing:
    '{type, select, tracks {Showing {shown, number} of {total, plural, one {# track} other {# tracks}}} other {Showing {shown, number} of {total, plural, one {# artist} other {# artists}}}}',
  dataFrom: 'Data from {logo}',
  showMore: 'Show more',
  loadingMore: 'Loading…',
  rangeNav: 'Time range',
  rank: 'Number {rank, number}',
  cover: 'Cover of {album}',
  explicit: 'Explicit',
  explicitBadge: 'E',
  /** Between a track's artists and between an artist's genres. */
  separator: ', ',
  /** Heard by screen readers before the album's name (the " · " is drawn by CSS). */
  albumBefore: ', album ',
});
