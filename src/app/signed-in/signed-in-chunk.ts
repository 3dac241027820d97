// The way to the signed-in chunk (signed-in.tsx): everything that needs TanStack Query, loaded
// on first need. Router-free and query-free itself, so the shell can ask whether it is here.
import { useSyncExternalStore } from 'react';
import type * as SignedIn from './signed-in';

export type SignedInChunk = typeof SignedIn;

let loading: Promise<SignedInChunk> | undefined;
let loaded: SignedInChunk | undefined;
const listeners = new Set<() => void>();

export function loadSignedIn(): Promise<SignedInChunk> {
  loading ??= import('./signed-in').then(
    (chunk) => {
      loaded = chunk;
      for (const listener of listeners) listener();
      return chunk;
    },
    (error: unknown) => {
      // A failed download may succeed when asked again (the next navigation).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The chunk when it has arrived, else undefined: asking never downloads it. */
export function loadedSignedIn(): SignedInChunk | undefined {
  return loaded;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The chunk once it has arrived, re-rendering when it does. */
export function useSignedInChunk(): SignedInChunk | undefined {
  return useSyncExternalStore(subscribe, loadedSignedIn, () => undefined);
}
