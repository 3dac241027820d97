import { defineMessages } from '../../i18n/i18n';

/** The page's frame, on the start page too: keep it lean (the start page's JavaScript budget). */
export const shellMessages = defineMessages('shell', {
  skip: 'Skip to content',
  home: 'Heavy Rotation, home',
  footer:
    'Heavy Rotation works with {logo}. Track, album and artist data and artwork come from Spotify. Heavy Rotation is not affiliated with Spotify.',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  language: 'Language',
});

/** The router app's header and error pages. */
export const layoutMessages = defineMessages('layout', {
  signOut: 'Sign out',
  mainNav: 'Main',
  navTracks: 'Top tracks',
  navArtists: 'Top artists',
  navInsights: 'Insights',
  navHistory: 'History',
  navImport: 'Import',
  notFoundTitle: 'Page not found',
  notFound: "There's nothing at this address.",
  errorTitle: 'Something went wrong',
  error: 'This page hit an unexpected problem. Reloading usually fixes it; your sign-in is kept.',
  reload: 'Reload',
  homeButton: 'Home',
  goHome: 'Go home',
});
