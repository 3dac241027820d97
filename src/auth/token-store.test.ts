import { describe, expect, it, vi } from 'vitest';
import {
  clearSession,
  readSession,
  readSignedOutReason,
  subscribe,
  takePendingSignIn,
  writePendingSignIn,
  writeSession,
  type PendingSignIn,
  type Session,
} from './token-store';

const session: Session = {
  accessToken: 'access-1',
  expiresAt: 1_700_003_600_000,
  obtainedAt: 1_700_000_000_000,
  refreshToken: 'refresh-1',
  scopes: ['user-top-read'],
  clientId: 'client-1',
};

const pending: PendingSignIn = {
  verifier: 'v'.repeat(64),
  state: 'state-1',
  returnTo: '/artists?range=short_term',
  clientId: 'client-1',
  createdAt: 1_700_000_000_000,
};

/** The sessionStorage key a write used, found rather than hard-coded. */
function keyWrittenBy(write: () => void): string {
  const before = new Set(Object.keys(sessionStorage));
  write();
  const added = Object.keys(sessionStorage).filter((key) => !before.has(key));
  expect(added).toHaveLength(1);
  return added[0]!;
}

describe('session', () => {
  it('reads back what was written', () => {
    writeSession(session);
    expect(readSession()).toEqual(session);
  });

  it('reads as signed out when nothing is stored', () => {
    expect(readSession()).toBeNull();
  });

  it('keeps tokens in sessionStorage only: never localStorage or cookies', () => {
    writeSession(session);
    expect(localStorage).toHaveLength(0);
    expect(document.cookie).toBe('');
    expect(JSON.stringify({ ...sessionStorage })).toContain('access-1');
  });

  it('accepts a session without a refresh token', () => {
    writeSession({ ...session, refreshToken: null });
    expect(readSession()).toEqual({ ...session, refreshToken: null });
  });

  it.each([
    ['not JSON', '{"accessToken": "access-1",'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a string', '"access-1"'],
    ['an array', '[]'],
    ['an empty object', '{}'],
    ['an empty access token', JSON.stringify({ ...session, accessToken: '' })],
    ['a numeric access token', JSON.stringify({ ...session, accessToken: 123 })],
    ['expiresAt as a string', JSON.stringify({ ...session, expiresAt: '1700003600000' })],
    ['no obtainedAt', JSON.stringify({ ...session, obtainedAt: undefined })],
    ['a numeric refresh token', JSON.stringify({ ...session, refreshToken: 5 })],
    ['no refresh token field', JSON.stringify({ ...session, refreshToken: undefined })],
    ['scopes as a string', JSON.stringify({ ...session, scopes: 'user-top-read' })],
    ['a non-string scope', JSON.stringify({ ...session, scopes: ['user-top-read', 1] })],
    ['no client ID', JSON.stringify({ ...session, clientId: undefined })],
  ])('reads stored data that is %s as signed out', (_, raw) => {
    const key = keyWrittenBy(() => writeSession(session));
    sessionStorage.setItem(key, raw);
    expect(readSession()).toBeNull();
  });

  it('drops unknown fields from the stored session', () => {
    const key = keyWrittenBy(() => writeSession(session));
    sessionStorage.setItem(key, JSON.stringify({ ...session, extra: 'x' }));
    expect(readSession()).toEqual(session);
  });

  it('returns the same object while storage is unchanged (useSyncExternalStore needs a stable snapshot)', () => {
    writeSession(session);
    const first = readSession();
    expect(readSession()).toBe(first);
    expect(readSession()).toBe(first);
  });

  it('returns a new object once the stored session changes, including from outside this module', () => {
    const key = keyWrittenBy(() => writeSession(session));
    const first = readSession();
    writeSession({ ...session, accessToken: 'access-2' });
    const second = readSession();
    expect(second).not.toBe(first);
    expect(second?.accessToken).toBe('access-2');
    sessionStorage.setItem(key, JSON.stringify({ ...session, accessToken: 'access-3' }));
    expect(readSession()?.accessToken).toBe('access-3');
  });

  it('notifies subscribers on write and clear, and stops after unsubscribing', () => {
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    writeSession(session);
    expect(listener).toHaveBeenCalledTimes(1);
    clearSession();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    writeSession(session);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('clearSession', () => {
  it('signs out and records why when it was not the user’s choice', () => {
    writeSession(session);
    clearSession('session-ended');
    expect(readSession()).toBeNull();
    expect(readSignedOutReason()).toBe('session-ended');
    clearSession('session-rejected');
    expect(readSignedOutReason()).toBe('session-rejected');
  });

  it('records no reason when the user signed out', () => {
    writeSession(session);
    clearSession('session-ended');
    clearSession();
    expect(readSession()).toBeNull();
    expect(readSignedOutReason()).toBeNull();
  });

  it('also forgets a sign-in in progress', () => {
    writePendingSignIn(pending);
    clearSession();
    expect(takePendingSignIn()).toBeNull();
  });

  it('has its reason forgotten by the next sign-in', () => {
    clearSession('session-ended');
    writeSession(session);
    expect(readSignedOutReason()).toBeNull();
  });

  it('ignores a stored reason it does not know', () => {
    const key = keyWrittenBy(() => clearSession('session-ended'));
    sessionStorage.setItem(key, 'hacked');
    expect(readSignedOutReason()).toBeNull();
  });
});

describe('pending sign-in', () => {
  it('is read back once, then deleted', () => {
    writePendingSignIn(pending);
    expect(takePendingSignIn()).toEqual(pending);
    expect(takePendingSignIn()).toBeNull();
    expect(sessionStorage).toHaveLength(0);
  });

  it('is null when none was started', () => {
    expect(takePendingSignIn()).toBeNull();
  });

  it('is kept in sessionStorage, not localStorage', () => {
    writePendingSignIn(pending);
    expect(localStorage).toHaveLength(0);
    expect(sessionStorage).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"verifier":'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['missing the state', JSON.stringify({ ...pending, state: undefined })],
    ['with a numeric verifier', JSON.stringify({ ...pending, verifier: 1 })],
    ['without createdAt', JSON.stringify({ ...pending, createdAt: undefined })],
    ['without returnTo', JSON.stringify({ ...pending, returnTo: undefined })],
    ['without clientId', JSON.stringify({ ...pending, clientId: undefined })],
  ])('reads a stored value %s as absent, and deletes it', (_, raw) => {
    const key = keyWrittenBy(() => writePendingSignIn(pending));
    sessionStorage.setItem(key, raw);
    expect(takePendingSignIn()).toBeNull();
    expect(sessionStorage.getItem(key)).toBeNull();
  });
});
