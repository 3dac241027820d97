// The production build's Content-Security-Policy, from its build-time settings.
// Build tooling, not app code: vite.config.ts imports it (tsconfig.node.json covers it).
// https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy

/** Where Spotify serves artwork and avatars. */
export const SPOTIFY_IMAGE_ORIGINS = [
  'https://i.scdn.co',
  'https://mosaic.scdn.co',
  'https://image-cdn-ak.spotifycdn.com',
  'https://image-cdn-fa.spotifycdn.com',
  'https://platform-lookaside.fbsbx.com',
];

/** A source expression for a configured URL: its origin, or 'self' for a path on the app's own origin. */
function source(value: string): string {
  const trimmed = value.trim();
  if (trimmed === 'self' || trimmed.startsWith('/')) return "'self'";
  const url = new URL(trimmed);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Content-Security-Policy: ${value} is not an http(s) URL`);
  }
  return url.origin;
}

/** The Content-Security-Policy of a production build, from its configuration (VITE_* settings). */
export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const imageOrigins = env.VITE_SPOTIFY_IMAGE_ORIGINS?.trim()
    ? env.VITE_SPOTIFY_IMAGE_ORIGINS.split(/[\s,]+/)
        .filter(Boolean)
        .map(source)
    : SPOTIFY_IMAGE_ORIGINS;
  const connect = new Set([
    // The in-browser demo (src/demo): same-origin requests a service worker answers.
    "'self'",
    source(env.VITE_SPOTIFY_ACCOUNTS_URL?.trim() || 'https://accounts.spotify.com'),
    source(env.VITE_SPOTIFY_API_URL?.trim() || 'https://api.spotify.com'),
  ]);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${[...new Set(["'self'", ...imageOrigins])].join(' ')}`,
    `connect-src ${[...connect].join(' ')}`,
    "manifest-src 'self'",
    // The demo's service worker (public/mockServiceWorker.js).
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
