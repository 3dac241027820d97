import { describe, expect, it, vi } from 'vitest';
import {
  clearStoredClientId,
  clientIdProblem,
  readStoredClientId,
  storeClientId,
  subscribeClientId,
} from './client-id';
import { activeClientId } from './active-client-id';
import { DEMO_CLIENT_ID } from './endpoints';
import { writeDemoMode } from './token-store';
import { config } from '../config';

const ID = '0123456789abcdef0123456789abcdef';

describe('client ID shape', () => {
  it('accepts 32 hex characters, ignoring case and surrounding space', () => {
    expect(clientIdProblem(ID)).toBeNull();
    expect(clientIdProblem(`  ${ID.toUpperCase()}\n`)).toBeNull();
  });

  it('explains what is wrong with anything else', () => {
    expect(clientIdProblem('')).toMatch(/Paste the client ID/);
    expect(clientIdProblem(`${ID.slice(0, 31)}g`)).toMatch(/only the digits 0–9 and the letters a–f/);
    expect(clientIdProblem(ID.slice(1))).toBe('A client ID is 32 characters long; this one has 31.');
    expect(clientIdProblem(`${ID}0`)).toMatch(/this one has 33/);
  });
});

describe('stored client ID', () => {
  it('is kept lower-cased in localStorage, tells subscribers, and can be cleared', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeClientId(listener);
    expect(storeClientId(ID.toUpperCase())).toBe(ID);
    expect(localStorage.getItem('heavy-rotation:client-id')).toBe(ID);
    expect(readStoredClientId()).toBe(ID);
    clearStoredClientId();
    expect(readStoredClientId()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('refuses a malformed ID, and ignores one written to storage by something else', () => {
    expect(() => storeClientId('nope')).toThrow(TypeError);
    expect(localStorage.length).toBe(0);
    localStorage.setItem('heavy-rotation:client-id', 'javascript:alert(1)');
    expect(readStoredClientId()).toBeNull();
  });

  it('decides the active client ID: the demo’s in demo mode, else the stored one, else the build’s', () => {
    expect(activeClientId()).toBe(config.clientId);
    storeClientId(ID);
    expect(activeClientId()).toBe(ID);
    writeDemoMode(true);
    expect(activeClientId()).toBe(DEMO_CLIENT_ID);
    writeDemoMode(false);
    expect(activeClientId()).toBe(ID);
  });
});
