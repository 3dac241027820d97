import { useSyncExternalStore } from 'react';
import { readSession, readSignedOutReason, subscribe, type Session, type SignedOutReason } from './token-store';

/** The current session, re-rendering on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, readSession, () => null);
}

export function useSignedOutReason(): SignedOutReason | null {
  return useSyncExternalStore(subscribe, readSignedOutReason, () => null);
}
