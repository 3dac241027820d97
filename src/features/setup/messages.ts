import { defineMessages } from '../../i18n/i18n';

// Spotify's dashboard speaks English only: its labels (in <strong>/<em>) stay as it shows them.
export const setupMessages = defineMessages('setup', {
  documentTitle: 'Your own client ID · Heavy Rotation',
  title: 'Use your own Spotify client ID',
  lede: "Spotify apps start in development mode, where each app admits only 5 users. If this copy of Heavy Rotation isn't set up for you, register your own app with Spotify (free; the app's owner needs Premium) and use its client ID here. It is kept in this browser only.",
  stepCreate:
    'Open the <link>Spotify Developer Dashboard</link> and choose <strong>Create app</strong>. Any name and description will do.',
  stepApi: 'Under <em>Which API/SDKs are you planning to use?</em>, tick <strong>Web API</strong>.',
  stepRedirect: 'Add this <strong>Redirect URI</strong>, exactly as shown, and save:',
  redirectLabel: 'Redirect URI for this copy of Heavy Rotation',
  stepUsers:
    "In the app's <strong>User Management</strong>, add the name and Spotify e-mail address of everyone who will sign in, yourself included: development mode allows up to 5 users.",
  stepClientId:
    "Copy the <strong>Client ID</strong> from the app's <em>Basic Information</em> (not the client secret: Heavy Rotation never needs one) and paste it below.",
  field: 'Client ID',
  placeholder: '32 characters, 0–9 and a–f',
  save: 'Save client ID',
  storageOff: 'This browser would not store the client ID (storage is turned off for this site).',
  current: 'This browser signs in with your client ID {id}.',
  savedCurrent: 'Saved. This browser signs in with your client ID {id}.',
  signIn: 'Sign in',
  forget: 'Forget this client ID',
  buildId: "No client ID of your own is set: this browser uses this copy's, {id}.",
  none: 'No client ID is set yet, so signing in waits for yours.',
  copy: 'Copy',
  copied: 'Copied',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
});
