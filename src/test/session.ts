import type { Session } from '../auth/token-store';

/** A signed-in session for tests: fresh for an hour, with `user-top-read`. */
export function testSession(overrides: Partial<Session> = {}): Session {
  return {
    accessToken: 'access-1',
    obtainedAt: Date.now(),
    expiresAt: Date.now() + 3_600_000,
    refreshToken: 'refresh-1',
    scopes: ['user-top-read'],
    clientId: 'client-1',
    ...overrides,
  };
}
