// Spotify's authorization scopes, with the plain words the consent page shows.
// https://developer.spotify.com/documentation/web-api/concepts/scopes

export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'ugc-image-upload': 'Upload images to personalise your playlists',
  'user-read-playback-state': 'See what you are playing and on which device',
  'user-modify-playback-state': 'Control playback on your devices',
  'user-read-currently-playing': 'See what you are playing right now',
  'app-remote-control': 'Control the app on your other devices',
  streaming: 'Play music and podcasts in this app',
  'playlist-read-private': 'See your private playlists',
  'playlist-read-collaborative': 'See the collaborative playlists you are in',
  'playlist-modify-private': 'Create, edit and follow private playlists',
  'playlist-modify-public': 'Create, edit and follow public playlists',
  'user-follow-modify': 'Follow and unfollow artists and users',
  'user-follow-read': 'See who you follow',
  'user-read-playback-position': 'See how far you are through episodes',
  'user-top-read': 'See your top artists and tracks',
  'user-read-recently-played': 'See what you have played recently',
  'user-library-modify': 'Add and remove items in Your Library',
  'user-library-read': 'See what you have saved in Your Library',
  'user-read-email': 'See your email address',
  'user-read-private': 'See your subscription, country and explicit-content settings',
  'user-personalized': 'Use your taste profile to personalise content',
  'user-soa-link': 'Link your account to a partner service',
  'user-soa-unlink': 'Unlink your account from a partner service',
  'soa-manage-entitlements': 'Manage your entitlements with a partner',
  'soa-manage-partner': 'Manage a partner on your behalf',
  'soa-create-partner': 'Create a partner on your behalf',
};

export function isKnownScope(scope: string): boolean {
  return Object.hasOwn(SCOPE_DESCRIPTIONS, scope);
}

/** Space-separated, as Spotify expects; repeated blanks are tolerated. */
export function splitScopes(value: string | null): string[] {
  return [...new Set((value ?? '').split(' ').filter(Boolean))];
}
