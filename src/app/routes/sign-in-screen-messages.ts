import { defineMessages } from '../../i18n/i18n';

// The screen in place of a page that needs a session (signed-in chunk; the buttons' text is in
// sign-in-messages.ts, same namespace).
export const signInScreenMessages = defineMessages('signIn', {
  documentTitle: 'Sign in · Heavy Rotation',
  needed: 'Sign in to see this page',
  neededText: 'This page shows your own listening, so Heavy Rotation needs you to sign in with Spotify first.',
  ended: 'Your session ended',
  endedText:
    'Spotify ended this sign-in: sign-ins last up to six months, and access can be removed in your Spotify account. Sign in again to come back to this page.',
  rejected: 'Spotify no longer accepts this sign-in',
  rejectedText: 'Spotify turned down this session even after renewing it. Sign in again to come back to this page.',
  again: 'Sign in again',
});
