import { defineMessages } from '../i18n/i18n';

// The demo's lazy chunk (the header's badge and way out: src/app/demo/messages.ts, same namespace).
export const demoMessages = defineMessages('demo', {
  consentTitle: 'Demo sign-in · Heavy Rotation',
  consentNote: 'Demo: this stands in for Spotify’s sign-in page. It runs in your browser, with made-up data.',
  // The app's name as the emulator's consent page shows it, as Spotify shows a registered app's.
  clientName: 'Heavy Rotation (demo)',
});
