import { defineMessages } from '../i18n/i18n';

/** What is wrong with a typed client ID (the setup screen shows it). In the `errors` catalog. */
export const clientIdMessages = defineMessages('errors', {
  clientIdEmpty: 'Paste the client ID from your app’s page in the Spotify dashboard.',
  clientIdCharacters:
    'A client ID has only the digits 0–9 and the letters a–f. Check that you copied the client ID, not the client secret or the app name.',
  clientIdLength: 'A client ID is 32 characters long; this one has {length, number}.',
});
