import type { Scope } from './scopes';
import { readSession } from './token-store';

/** Whether the current session was granted `scope` (a feature asks before it needs more). */
export function hasScope(scope: Scope): boolean {
  return readSession()?.scopes.includes(scope) ?? false;
}
