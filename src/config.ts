// Every build-time setting, read and checked in one place.
// Values may be absolute URLs or paths; paths resolve against the page's origin
// (the dev server mounts its built-in emulator that way).

export interface AppConfig {
  /** The build's default client ID; empty when none was configured. */
  clientId: string;
  /** Accounts service origin + path, without a trailing slash (authorize at /authorize). */
  accountsUrl: string;
  /** Web API base, without a trailing slash (e.g. https://api.spotify.com/v1). */
  apiUrl: string;
  /** The app's base path, always with a trailing slash ("/" or "/heavy-rotation/"). */
  basePath: string;
  /** origin + base + "account": what must be registered in the Spotify dashboard. */
  redirectUri: string;
  /** Where the in-browser demo serves its emulator: same origin, below the base (see src/demo). */
  demo: { accountsUrl: string; apiUrl: string; imagesUrl: string };
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function resolveUrl(value: string, origin: string): string {
  const url = new URL(value, origin);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Unsupported URL scheme in configuration: ${value}`);
  }
  return stripTrailingSlash(url.href);
}

export function readConfig(env: Record<string, string | boolean | undefined>, origin: string): AppConfig {
  const text = (key: string) => {
    const value = env[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const basePath = (text('BASE_URL') || '/').replace(/\/?$/, '/');
  return {
    clientId: text('VITE_SPOTIFY_CLIENT_ID'),
    accountsUrl: resolveUrl(text('VITE_SPOTIFY_ACCOUNTS_URL') || 'https://accounts.spotify.com', origin),
    apiUrl: resolveUrl(text('VITE_SPOTIFY_API_URL') || 'https://api.spotify.com/v1', origin),
    basePath,
    redirectUri: new URL(`${basePath}account`, origin).href,
    demo: {
      accountsUrl: resolveUrl(`${basePath}__demo/accounts`, origin),
      apiUrl: resolveUrl(`${basePath}__demo/api/v1`, origin),
      imagesUrl: resolveUrl(`${basePath}__demo/images`, origin),
    },
  };
}

// The build prerenders the landing page in Node: no window there, and the origin is unknown.
export const config: AppConfig = readConfig(
  import.meta.env,
  typeof window === 'undefined' ? 'http://127.0.0.1' : window.location.origin,
);
