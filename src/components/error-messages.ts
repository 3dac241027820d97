import { defineMessages } from '../i18n/i18n';

/** What went wrong talking to Spotify, and the ways forward an error panel offers. */
export const errorMessages = defineMessages('errors', {
  unexpectedTitle: 'Something went wrong',
  unexpected: 'An unexpected error happened. Trying again usually helps.',
  sessionEndedTitle: 'Your session ended',
  sessionEnded: 'Sign in again to pick up where you left off.',
  unreachableTitle: "Couldn't reach Spotify",
  unreachable: 'The connection failed, or Spotify is limiting requests. Trying again in a moment usually works.',
  offlineTitle: "You're offline",
  offline: 'Nothing is lost: this page loads again by itself when you are back online.',
  invalidTitle: 'Spotify sent something unexpected',
  invalid: "Spotify's answer couldn't be read. Trying again may help.",
  unregisteredTitle: "This Spotify account isn't on the app's user list",
  unregistered:
    "Spotify says this account isn't on the app's user list yet. Apps in Spotify's development mode allow only 5 users: the app's owner can add your Spotify e-mail address under User Management in the Spotify Developer Dashboard, then you sign in again. Or run Heavy Rotation with your own client ID: create your own app in the dashboard and you're its first user.",
  scopeTitle: 'Heavy Rotation needs one more permission',
  scope: 'Spotify needs you to allow access to your top artists and tracks. Sign in again and agree to it.',
  refusedTitle: 'Spotify refused this request',
  spotifySays: 'Spotify says: “{reason}”',
  notFoundTitle: 'Not found',
  notFound: "Spotify doesn't know this item. The link may be wrong or out of date.",
  rateLimitedTitle: 'Spotify asked us to slow down',
  rateLimitedWait: 'Too many requests. Spotify asked to wait {seconds, plural, one {# second} other {# seconds}}.',
  rateLimited: 'Too many requests. Wait a moment, then try again.',
  serverTitle: 'Spotify is having trouble',
  server: "Spotify's servers answered with an error. Try again in a moment.",
  tryAgain: 'Try again',
  signInAgain: 'Sign in again',
  ownClientId: 'Use your own client ID',
  signInAllow: 'Sign in and allow access',
  offlineNotice: "You're offline. This loads by itself when you're back online.",
  waitNotice:
    'Spotify asked us to wait {seconds, plural, one {# second} other {# seconds}} before the next request. This loads by itself.',
  stillTrying: "Spotify isn't answering yet. Still trying…",
});
