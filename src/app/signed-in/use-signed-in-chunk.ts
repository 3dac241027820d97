import { useSyncExternalStore } from 'react';
import { loadedSignedIn, onSignedInLoaded, type SignedInChunk } from './signed-in-chunk';

/** The signed-in chunk once it has arrived, re-rendering when it does; asking never downloads it. */
export function useSignedInChunk(): SignedInChunk | undefined {
  return useSyncExternalStore(onSignedInLoaded, loadedSignedIn, () => undefined);
}
