import { useNavigate } from 'react-router';
import { clearSession, readDemoMode, writeDemoMode } from '../../auth/token-store';
import { loadedSignedIn } from '../signed-in/signed-in-chunk';

/**
 * Signing out, and leaving the demo: the session, the demo flag and cached data all go, and in
 * demo mode its service worker too. Nothing is downloaded for it: a cache that never arrived
 * holds nothing, and the demo's chunk is here whenever demo mode is on.
 */
export async function endSession(): Promise<void> {
  const demo = readDemoMode();
  clearSession();
  writeDemoMode(false);
  loadedSignedIn()?.queryClient.clear();
  if (demo) await (await import('../../demo/worker')).stopDemo();
}

/** The header's Sign out and Leave demo: the session ends, and the start page shows. */
export function useSignOut(): () => void {
  const navigate = useNavigate();
  return () => {
    void endSession().finally(() => void navigate('/'));
  };
}
