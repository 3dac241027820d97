// Signing in, keeping the access token fresh, and signing out.
import { config } from '../config';
import { buildAuthorizeUrl } from './authorize-url';
import { readStoredClientId } from './client-id';
import { activeEndpoints, DEMO_CLIENT_ID } from './endpoints';
import { createCodeChallenge, createCodeVerifier, randomString } from './pkce';
import { parseScopes, SIGN_IN_SCOPES, type Scope } from './scopes';
import { takeEarlyExchange } from './early-exchange';
import { AuthError, exchangeCode, refreshAccessToken, tokenEndpoint, type TokenResponse } from './token-client';
import {
  clearSession,
  readSession,
  takePendingSignIn,
  readDemoMode,
  writePendingSignIn,
  writeSession,
  type Session,
} from './token-store';

/** Refresh this long before Spotify's expiry, so no request races the deadline. */
const REFRESH_MARGIN_MS = 60_000;

/** The client ID in use: the demo's in demo mode, else one the user brought (setup screen), else the build's. */
export function activeClientId(): string {
  if (readDemoMode()) return DEMO_CLIENT_ID;
  return readStoredClientId() ?? config.clientId;
}

/** A path inside the app, never another origin (`//evil.example`) or a scheme. */
export function safeReturnPath(path: string | null | undefined): string {
  // URL parsing drops tabs and newlines ("/\t/evil.example" is "//evil.example"): refuse control characters.
  if (!path || !path.startsWith('/') || path.startsWith('//') || /[\\\p{Cc}]/u.test(path)) return '/';
  if (/^\/account(?:[/?#]|$)/.test(path)) return '/';
  return path;
}

export async function beginSignIn(options: { returnTo: string; scopes?: readonly Scope[]; showDialog?: boolean }) {
  const clientId = activeClientId();
  const verifier = createCodeVerifier();
  const state = randomString(32);
  const codeChallenge = await createCodeChallenge(verifier);
  const { accountsUrl } = activeEndpoints();
  writePendingSignIn({
    verifier,
    state,
    returnTo: safeReturnPath(options.returnTo),
    clientId,
    createdAt: Date.now(),
    // The callback page may send the exchange before its code runs; the demo's cannot.
    ...(readDemoMode() ? {} : { tokenUrl: tokenEndpoint(accountsUrl), redirectUri: config.redirectUri }),
  });
  const url = buildAuthorizeUrl({
    accountsUrl,
    clientId,
    redirectUri: config.redirectUri,
    state,
    codeChallenge,
    scopes: options.scopes ?? SIGN_IN_SCOPES,
    showDialog: options.showDialog,
  });
  window.location.assign(url.href);
}

export type CallbackFailure =
  'denied' | 'provider-error' | 'state-mismatch' | 'missing-code' | 'code-rejected' | 'network' | 'unexpected';

export class CallbackError extends Error {
  override name = 'CallbackError';
  constructor(
    readonly kind: CallbackFailure,
    message: string,
    /** Where the user was going, when the response was theirs (state matched). */
    readonly returnTo?: string,
  ) {
    super(message);
  }
}

function sessionFrom(token: TokenResponse, clientId: string, previous: Session | null): Session {
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

// The code exchange runs once per code, however often the callback is handled
// (React StrictMode, a revalidating loader, a double click).
const exchanges = new Map<string, Promise<{ returnTo: string }>>();

/**
 * Finish a sign-in from the callback's query string. Exchanges the code exactly once,
 * and only when `state` matches the one this tab stored before leaving.
 */
export function completeSignIn(params: URLSearchParams): Promise<{ returnTo: string }> {
  const key = params.get('code') ?? `error:${params.toString()}`;
  let exchange = exchanges.get(key);
  if (!exchange) {
    exchange = runCallback(params);
    exchanges.set(key, exchange);
  }
  return exchange;
}

async function runCallback(params: URLSearchParams): Promise<{ returnTo: string }> {
  // Whatever happens next, this state and verifier are spent, and so is an exchange the page's
  // head sent with them.
  const pending = takePendingSignIn();
  const early = takeEarlyExchange();
  const state = params.get('state');
  const error = params.get('error');
  if (!pending || !state || state !== pending.state) {
    throw new CallbackError(
      'state-mismatch',
      'This sign-in response does not match a sign-in started in this tab, so it was ignored.',
    );
  }
  if (error === 'access_denied') {
    throw new CallbackError('denied', 'You chose not to give Heavy Rotation access.', pending.returnTo);
  }
  if (error) {
    throw new CallbackError('provider-error', `Spotify could not complete the sign-in (${error}).`, pending.returnTo);
  }
  const code = params.get('code');
  if (!code) {
    throw new CallbackError('missing-code', 'Spotify sent no sign-in code back.', pending.returnTo);
  }
  try {
    const { accountsUrl } = activeEndpoints();
    // Taken only when it is the very request this would send now.
    const sent =
      early?.code === code && early.url === tokenEndpoint(accountsUrl) && pending.redirectUri === config.redirectUri
        ? early.response
        : undefined;
    const token = await exchangeCode(
      { accountsUrl, clientId: pending.clientId, code, redirectUri: config.redirectUri, verifier: pending.verifier },
      undefined,
      sent,
    );
    writeSession(sessionFrom(token, pending.clientId, null));
    return { returnTo: pending.returnTo };
  } catch (cause) {
    if (cause instanceof AuthError && cause.code === 'network') {
      throw new CallbackError('network', 'Could not reach Spotify to finish signing in.', pending.returnTo);
    }
    if (cause instanceof AuthError && cause.code === 'invalid_grant') {
      throw new CallbackError('code-rejected', 'This sign-in link has expired or was already used.', pending.returnTo);
    }
    throw new CallbackError(
      'unexpected',
      cause instanceof Error ? cause.message : 'Signing in failed.',
      pending.returnTo,
    );
  }
}

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

export function hasScope(scope: Scope): boolean {
  return readSession()?.scopes.includes(scope) ?? false;
}

export function signOut(): void {
  clearSession();
}
