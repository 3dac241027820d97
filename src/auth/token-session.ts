import { parseScopes } from './scopes';
import type { TokenResponse } from './token-client';
import type { Session } from './token-store';

/** The session a token response makes, from the code exchange or a refresh of `previous`. */
export function sessionFrom(token: TokenResponse, clientId: string, previous: Session | null): Session {
  const now = Date.now();
  const scopes = parseScopes(token.scope);
  return {
    accessToken: token.accessToken,
    obtainedAt: now,
    expiresAt: now + token.expiresIn * 1000,
    // Spotify's refresh answers usually omit refresh_token: keep using the one we have.
    refreshToken: token.refreshToken ?? previous?.refreshToken ?? null,
    scopes: scopes.length > 0 ? scopes : (previous?.scopes ?? []),
    clientId,
  };
}
