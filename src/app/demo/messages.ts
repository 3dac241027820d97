import { defineMessages } from '../../i18n/i18n';

// The header's demo controls (the demo's own pages: src/demo/messages.ts, same namespace).
export const demoModeMessages = defineMessages('demo', {
  badge: 'Demo data',
  badgeTitle: "Made-up data from Heavy Rotation's built-in emulator, not a Spotify account",
  leave: 'Leave demo',
});
