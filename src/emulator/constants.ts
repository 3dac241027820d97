// Constants with no imports, so the Vite plugin can read them without loading the
// core into Vite's config bundle (see node/vite-plugin.ts).

/** 32 hex digits, shaped like a real client ID. */
export const EMULATOR_CLIENT_ID = 'c0ffee00c0ffee00c0ffee00c0ffee00';

/** Port-less loopback URIs: they accept the app on any port, as Spotify's do. */
export const DEFAULT_REDIRECT_URIS: readonly string[] = ['http://127.0.0.1/account', 'http://[::1]/account'];
