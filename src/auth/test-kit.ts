// Shared by the auth tests: fresh modules for every test (the callback's once-guard per code
// and the refresh in flight are module state), the HTTP boundary, and stored fixtures.
import { vi } from 'vitest';
import { writePendingSignIn, writeSession, takePendingSignIn, type PendingSignIn, type Session } from './token-store';

export const NOW = Date.UTC(2026, 9, 1, 12, 0, 0);
export const HOUR = 3_600_000;

/** Fake Date at NOW, the build's client ID, and every module loaded afresh. */
export async function freshModules() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.stubEnv('VITE_SPOTIFY_CLIENT_ID', 'build-client-id');
  vi.resetModules();
  return {
    config: (await import('../config')).config,
    store: await import('./token-store'),
    pkce: await import('./pkce'),
  };
}

export function restoreClockAndEnv() {
  vi.useRealTimers();
  vi.unstubAllEnvs();
}

// --- the HTTP boundary -------------------------------------------------------------

export interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: URLSearchParams;
  credentials: RequestCredentials | undefined;
}

export type Responder = (request: SentRequest) => Response | Promise<Response>;

/** Stubs fetch; every request is recorded, with its form body parsed. */
export function stubFetch(respond: Responder) {
  const sent: SentRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SentRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: new URLSearchParams(init.body == null ? '' : String(init.body)),
      credentials: init.credentials,
    };
    sent.push(request);
    return respond(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return sent;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function tokenResponse(overrides: Record<string, unknown> = {}): Response {
  return json({
    access_token: 'access-new',
    token_type: 'Bearer',
    scope: 'user-top-read',
    expires_in: 3600,
    refresh_token: 'refresh-new',
    ...overrides,
  });
}

export function oauthError(error: string, status = 400): Response {
  return json({ error, error_description: `${error} happened` }, status);
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

// --- fixtures ----------------------------------------------------------------------

export function startPending(overrides: Partial<PendingSignIn> = {}): PendingSignIn {
  const pending: PendingSignIn = {
    verifier: 'verifier-'.padEnd(64, 'x'),
    state: 'expected-state',
    returnTo: '/artists?range=short_term',
    clientId: 'pending-client-id',
    createdAt: NOW - 30_000,
    ...overrides,
  };
  writePendingSignIn(pending);
  return pending;
}

export function storeSession(overrides: Partial<Session> = {}): Session {
  const session: Session = {
    accessToken: 'access-old',
    obtainedAt: NOW,
    expiresAt: NOW + HOUR,
    refreshToken: 'refresh-old',
    scopes: ['user-top-read'],
    clientId: 'session-client-id',
    ...overrides,
  };
  writeSession(session);
  return session;
}

/** A session whose token expires in `ms` from now. */
export function storeSessionExpiringIn(ms: number, overrides: Partial<Session> = {}): Session {
  return storeSession({ obtainedAt: NOW - HOUR + ms, expiresAt: NOW + ms, ...overrides });
}

export function pendingIsGone() {
  // Peeking with take() is fine: we only check that nothing is left.
  return takePendingSignIn() === null;
}
