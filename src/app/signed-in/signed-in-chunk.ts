// The way to the signed-in chunk (signed-in.ts): everything that needs TanStack Query, loaded
// on first need. Free of React, the router and the query cache, so the entry (main.ts) can
// start it on the sign-in callback and the shell can ask whether it is here.
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

/** Calls `listener` when the chunk arrives; returns the way to stop. */
export function onSignedInLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
