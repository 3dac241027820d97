import { defineMessages } from '../../i18n/i18n';

// The sign-in and demo buttons: on the start page, so in its JavaScript (the sign-in screen's
// own text, in the same namespace, is in sign-in-screen-messages.ts).
export const signInMessages = defineMessages('signIn', {
  signIn: 'Sign in with Spotify',
  opening: 'Opening Spotify…',
  cryptoFailed:
    'This browser could not start a secure sign-in (Web Crypto is unavailable). Open the app over https or on 127.0.0.1.',
  noClientId:
    'This copy of Heavy Rotation has no Spotify client ID of its own yet. Use your own Spotify app (it takes a few minutes), or look around with demo data.',
  ownClientId: 'Use your own client ID',
  tryDemo: 'Try the demo',
  startingDemo: 'Starting the demo…',
});
