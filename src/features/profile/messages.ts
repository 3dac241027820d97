import { defineMessages } from '../../i18n/i18n';

export const profileMessages = defineMessages('profile', {
  signedInAsLink: 'Signed in as {name}: open your Spotify profile (new tab)',
  signedInAs: 'Signed in as {name}',
});
