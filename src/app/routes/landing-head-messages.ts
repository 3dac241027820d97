import { defineMessages } from '../../i18n/i18n';

// The start page's <title> and <meta name="description">, for the build's prerender in each
// language: kept apart from landing-messages.ts so the page's JavaScript doesn't carry them.
export const landingHeadMessages = defineMessages('landing', {
  documentTitle: 'Heavy Rotation · your top tracks and artists',
  description: 'See your most-played tracks and artists on Spotify for the last 4 weeks, 6 months and year.',
});
