import { describe, expect, it } from 'vitest';
import { clearSession, readDemoMode, readSession, readSignedOutReason, writeSession } from '../../auth/token-store';
import { testSession } from '../../test/session';
import { endSession } from './sign-out';
import { loadSignedIn } from '../signed-in/signed-in-chunk';

describe('endSession', () => {
  it('signs out without a reason: the start page shows no "session ended" message', async () => {
    writeSession(testSession());
    clearSession('session-ended');
    writeSession(testSession());
    await endSession();
    expect(readSession()).toBeNull();
    expect(readSignedOutReason()).toBeNull();
    expect(readDemoMode()).toBe(false);
  });

  it('empties the query cache, so the next user sees nothing of this one', async () => {
    const { queryClient } = await loadSignedIn();
    writeSession(testSession());
    queryClient.setQueryData(['me'], { id: 'previous-user' });
    await endSession();
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
