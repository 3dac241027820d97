import { defineMessages } from '../../i18n/i18n';

// The start page's text. It ships in the start page's own JavaScript: keep it lean (its <head>
// is the build's, src/app/boot/document-messages.ts).
export const landingMessages = defineMessages('landing', {
  title: "The songs and artists <em>you</em> can't stop playing.",
  lede: "Your most-played tracks and artists over 4 weeks, 6 months and a year, and how they move. It runs entirely in your browser: your sign-in stays in this tab and nothing is sent to any server but Spotify's.",
  localhost:
    'Spotify does not accept {localhost} addresses for sign-in. Open <link>this page on 127.0.0.1</link> instead.',
  demoUnavailable:
    'The demo could not start in this browser: it needs service workers, which private windows and some settings turn off.',
  waysIn: 'Ways in',
  signInHint: 'Your own top lists, live.',
  importLink: 'Import your data export',
  importHint: "Spotify's file of your streams, read here. No sign-in.",
  demoHint: 'Made-up listening, nothing to set up. Or <link>use your own client ID</link>.',
  tourTitle: 'What it does',
  developerNote: 'Running your own copy?',
  redirectUri: 'Register this redirect URI for your app in the Spotify Developer Dashboard:',
  worksWith: 'Works with {logo}',
  preview: "Heavy Rotation's top tracks list, with movement badges",
  previewTitle: 'Your top tracks',
  // The preview's range tabs: fixed numbers, so plain text (no plural rules to ship).
  previewWeeks: '4 weeks',
  previewMonths: '6 months',
  previewYears: '1 year',
  previewNew: 'New',
});

/** The tour's features, and a line on each (in the same order). */
export const landingTour = defineMessages('landing', {
  lists: 'Top lists and movement',
  insights: 'Insights',
  history: 'History',
  export: 'Your data export',
  share: 'Export and share',
  playlists: 'Playlists',
});
export const landingTourLines = defineMessages('landing', {
  listsText: 'Your top tracks and artists over three time ranges: what is new, rising, falling or a staple.',
  insightsText: 'Decades, artists and genres of your top lists, as charts.',
  historyText: 'What changed since your last visit, kept in this browser.',
  exportText: 'Your whole streaming history, by year, without signing in.',
  shareText: 'Any list as CSV or JSON, or a top-10 card to share.',
  playlistsText: 'Save a top-tracks list as a private playlist.',
});

/** The sign-in callback's failures, keyed by the kind it reports (`?signin=<kind>`). */
export const landingFailures = defineMessages('landing', {
  denied: "You cancelled on Spotify's page, so nothing was shared. Sign in whenever you like.",
  'provider-error': 'Spotify could not complete the sign-in. Try again in a moment.',
  'state-mismatch':
    "That sign-in response didn't match a sign-in started in this tab, so it was ignored to keep your account safe. Start again below.",
  'missing-code': 'Spotify came back without a sign-in code. Start again below.',
  'code-rejected': 'That sign-in link had expired or was already used. Start again below; it only takes a moment.',
  network: "Spotify couldn't be reached to finish signing in. Check your connection and try again.",
  unexpected: 'Signing in failed unexpectedly. Try again.',
});
