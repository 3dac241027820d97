// The scopes Heavy Rotation may ask for. Ask for the least, and more only when a
// feature needs it (incremental consent).
// https://developer.spotify.com/documentation/web-api/concepts/scopes

export const SCOPES = ['user-top-read', 'playlist-modify-private'] as const;
export type Scope = (typeof SCOPES)[number];

/** What signing in asks for. */
export const SIGN_IN_SCOPES: readonly Scope[] = ['user-top-read'];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function parseScopes(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}
