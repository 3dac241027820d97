// A usable access token for every Web API request: refreshed shortly before it expires, or
// once when Spotify rejects it, with one refresh shared by concurrent callers.
import { activeEndpoints } from './endpoints';
import { AuthError, refreshAccessToken } from './token-client';
import { sessionFrom } from './token-session';
import { clearSession, readSession, writeSession, type Session } from './token-store';

/** Refresh this long before Spotify's expiry, so no request races the deadline. */
const REFRESH_MARGIN_MS = 60_000;

/** Thrown when no session can be had: the user must sign in (again). */
export class SignedOutError extends Error {
  override name = 'SignedOutError';
}

let refreshing: Promise<Session> | null = null;

function refresh(session: Session): Promise<Session> {
  refreshing ??= (async () => {
    if (!session.refreshToken) {
      clearSession('session-ended');
      throw new SignedOutError('Your session ended.');
    }
    try {
      const token = await refreshAccessToken({
        accountsUrl: activeEndpoints().accountsUrl,
        clientId: session.clientId,
        refreshToken: session.refreshToken,
      });
      // Signed out while this was in flight: do not bring the session back.
      if (!readSession()) throw new SignedOutError('You signed out.');
      const next = sessionFrom(token, session.clientId, session);
      writeSession(next);
      return next;
    } catch (error) {
      // invalid_grant: revoked, or past the 6-month limit. Retrying cannot help.
      if (error instanceof AuthError && (error.code === 'invalid_grant' || error.code === 'invalid_client')) {
        clearSession('session-ended');
        throw new SignedOutError('Your session ended.');
      }
      throw error;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * A usable access token. Refreshes shortly before expiry; with `rejected`, the token
 * Spotify just answered 401 to is refreshed unless a newer one has replaced it already.
 * Concurrent callers share one refresh.
 */
export async function getAccessToken(rejected?: string): Promise<string> {
  if (refreshing) return (await refreshing).accessToken;
  const session = readSession();
  if (!session) throw new SignedOutError('Not signed in.');
  const lifetime = session.expiresAt - session.obtainedAt;
  const margin = Math.min(REFRESH_MARGIN_MS, lifetime / 4);
  const stale = rejected !== undefined && rejected === session.accessToken;
  if (stale || Date.now() >= session.expiresAt - margin) {
    return (await refresh(session)).accessToken;
  }
  return session.accessToken;
}

/** Spotify rejected a token that had just been refreshed: this sign-in is no good. */
export function rejectSession(): void {
  clearSession('session-rejected');
}
