// Bring your own client ID. Spotify's development mode admits 5 users per client ID, so
// a visitor to someone else's copy can use their own app's ID instead of the build's.
// A client ID is public (it is in every authorize URL), not a secret: it is the one
// thing this app keeps in localStorage. Tokens never go there.

import { t } from '../i18n/i18n';
import { clientIdMessages as messages } from './messages';

const KEY = 'heavy-rotation:client-id';

/** Spotify client IDs are 32 hexadecimal characters. */
const CLIENT_ID = /^[0-9a-f]{32}$/;

/** The value as it will be stored: trimmed, lower case. */
export function normalizeClientId(value: string): string {
  return value.trim().toLowerCase();
}

/** What is wrong with a typed client ID, in the user's words; null when it has the right shape. */
export function clientIdProblem(value: string): string | null {
  const id = normalizeClientId(value);
  if (!id) return t(messages.clientIdEmpty);
  if (/[^0-9a-f]/.test(id)) return t(messages.clientIdCharacters);
  if (id.length !== 32) return t(messages.clientIdLength, { length: id.length });
  return null;
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function subscribeClientId(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stored client ID, when there is a well-formed one (storage is untrusted input). */
export function readStoredClientId(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && CLIENT_ID.test(value) ? value : null;
  } catch {
    // Storage disabled: behave as if nothing were stored.
    return null;
  }
}

/** Keeps a client ID for this browser. Throws when its shape is wrong. */
export function storeClientId(value: string): string {
  const problem = clientIdProblem(value);
  if (problem) throw new TypeError(problem);
  const id = normalizeClientId(value);
  localStorage.setItem(KEY, id);
  for (const listener of listeners) listener();
  return id;
}

export function clearStoredClientId(): void {
  try {
    localStorage.removeItem(KEY);
  } finally {
    for (const listener of listeners) listener();
  }
}
