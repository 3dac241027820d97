import { defineMessages } from '../../i18n/i18n';

// `type` is "tracks" or "artists", `range` a time range as the URL has it (short_term, …).
export const shareMessages = defineMessages('share', {
  action: 'Share top 10',
  dialogTitle: '{type, select, tracks {Share your top 10 tracks} other {Share your top 10 artists}}',
  /** The card's big heading. */
  heading: '{type, select, tracks {My top tracks} other {My top artists}}',
  /** On the card's top line, after "Heavy Rotation · ". */
  cardRange: '{range, select, short_term {The last 4 weeks} medium_term {The last 6 months} other {The last year}}',
  /** What the preview shows, for its accessible name. */
  subject:
    '{type, select, tracks {your top 10 tracks} other {your top 10 artists}} {range, select, short_term {of the last 4 weeks} medium_term {of the last 6 months} other {of the last year}}',
  /** The PNG's name before its format; lower case, words joined by hyphens. */
  fileStem:
    '{type, select, tracks {heavy-rotation-top-tracks} other {heavy-rotation-top-artists}}-{range, select, short_term {short-term} medium_term {medium-term} other {long-term}}',
});
