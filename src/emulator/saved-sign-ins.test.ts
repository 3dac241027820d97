// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiGet, authorizeUrl, refresh, signIn, testEmulator } from './test-support';

describe('saving and restoring sign-ins (the demo across a reload)', () => {
  it('a later emulator honours the saved tokens and consent, as the first one would', async () => {
    const first = testEmulator();
    const tokens = await signIn(first);
    const saved = JSON.parse(JSON.stringify(first.saveSignIns())) as unknown;

    const later = testEmulator();
    // Before restoring, the tokens mean nothing to it.
    expect((await apiGet(later, '/me', tokens.access_token)).status).toBe(401);
    expect(later.restoreSignIns(saved)).toBe(true);
    expect((await apiGet(later, '/me', tokens.access_token)).status).toBe(200);
    const refreshed = await refresh(later, tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    expect((await refreshed.json()) as { scope: string }).toMatchObject({ scope: tokens.scope });
    // Consent given before the reload is remembered: /authorize redirects at once.
    const again = await later.accounts(new Request(authorizeUrl()));
    expect(again.status).toBe(302);
    expect(again.headers.get('Location')).toContain('code=');
  });

  it('keeps revocation and expiry: what was dead stays dead', async () => {
    const first = testEmulator();
    const tokens = await signIn(first);
    first.revokeRefreshTokens();
    first.advanceClock(7200);
    const later = testEmulator();
    expect(later.restoreSignIns(first.saveSignIns())).toBe(true);
    expect((await apiGet(later, '/me', tokens.access_token)).status).toBe(401);
    expect((await refresh(later, tokens.refresh_token)).status).toBe(400);
  });

  it('refuses malformed data whole, and changes nothing', async () => {
    const first = testEmulator();
    const tokens = await signIn(first);
    const good = first.saveSignIns();
    const later = testEmulator();
    for (const bad of [
      null,
      'saved',
      { ...good, signIns: 'none' },
      { ...good, accessTokens: [[tokens.access_token, { signIn: 7, expiresAt: 1 }]] },
      { ...good, grants: [['client', 'user-top-read']] },
      { ...good, playlists: [{ id: 1 }] },
    ]) {
      expect(later.restoreSignIns(bad), JSON.stringify(bad)).toBe(false);
    }
    expect((await apiGet(later, '/me', tokens.access_token)).status).toBe(401);
    expect((await later.accounts(new Request(authorizeUrl()))).status).toBe(200);
  });
});
