import { defineMessages } from '../../i18n/i18n';

// `range` is a time range as the URL has it (short_term, …). The playlist's name and description
// are written to the listener's Spotify account, in the page's language.
export const playlistMessages = defineMessages('playlist', {
  action: 'Save as playlist',
  name: '{range, select, short_term {Top tracks of the last 4 weeks} medium_term {Top tracks of the last 6 months} other {Top tracks of the last year}}',
  description:
    'My {count, plural, one {# most played track} other {# most played tracks}} {range, select, short_term {of the last 4 weeks} medium_term {of the last 6 months} other {of the last year}}, as of {date}. Made with Heavy Rotation.',
  creating: 'Creating the playlist…',
  loadingAll: 'Loading all your top tracks…',
  progress: 'Added {added, number} of {total, plural, one {# track} other {# tracks}}…',
  saved: 'Saved {count, plural, one {# track} other {# tracks}} to “{name}”.',
  savedWithLink:
    'Saved {count, plural, one {# track} other {# tracks}} to “{name}”. <link>Open the playlist in Spotify</link>',
  permissionNeeded: 'Permission needed',
  consent:
    "{declined, select, yes {Spotify didn't give Heavy Rotation permission to create playlists. } other {}}To save this list, Heavy Rotation needs your permission to create private playlists. Spotify will ask you once, then bring you back here to finish.",
  continue: 'Continue to Spotify',
  notNow: 'Not now',
  scopeTitle: 'Heavy Rotation needs permission to create playlists',
  scope: "Spotify says this sign-in can't create playlists. Sign in again and agree to it.",
  signInAllow: 'Sign in and allow it',
  failedTitle: "The playlist wasn't saved: {reason}",
});
