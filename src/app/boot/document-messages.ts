import { defineMessages } from '../../i18n/i18n';

/** The start page's <head> and the web app manifest, written per language by the build (prerender.ts). */
export const documentMessages = defineMessages('document', {
  title: 'Heavy Rotation · your top tracks and artists',
  description: 'See your most-played tracks and artists on Spotify for the last 4 weeks, 6 months and year.',
  manifestDescription: 'See your most-played tracks and artists for the last 4 weeks, 6 months and year.',
});
