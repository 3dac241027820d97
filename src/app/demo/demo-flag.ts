import { useSyncExternalStore } from 'react';
import { readDemoMode, subscribe } from '../../auth/token-store';

/** Whether this tab is in demo mode (router-free: the static landing page reads it too). */
export function useDemoMode(): boolean {
  return useSyncExternalStore(subscribe, readDemoMode, () => false);
}
