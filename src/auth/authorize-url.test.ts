import { describe, expect, it } from 'vitest';
import { config } from '../config';
import { buildAuthorizeUrl, type AuthorizeParams } from './authorize-url';
import { SIGN_IN_SCOPES } from './scopes';

const params: AuthorizeParams = {
  accountsUrl: 'https://accounts.spotify.com',
  clientId: 'client-123',
  redirectUri: 'http://127.0.0.1:5173/account',
  state: 'state-abc',
  codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  scopes: ['user-top-read', 'playlist-modify-private'],
};

describe('buildAuthorizeUrl', () => {
  it('points at /authorize on the accounts service', () => {
    const url = buildAuthorizeUrl(params);
    expect(url.origin).toBe('https://accounts.spotify.com');
    expect(url.pathname).toBe('/authorize');
    expect(url.hash).toBe('');
  });

  it('keeps a path prefix of the accounts URL (an emulator mounted under a path)', () => {
    const url = buildAuthorizeUrl({ ...params, accountsUrl: 'http://127.0.0.1:5173/emulator/accounts' });
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:5173/emulator/accounts/authorize');
  });

  it('works with the configured accounts URL', () => {
    const url = buildAuthorizeUrl({ ...params, accountsUrl: config.accountsUrl });
    expect(`${url.origin}${url.pathname}`).toBe(`${config.accountsUrl}/authorize`);
  });

  it('carries every parameter of the PKCE authorization request, and no others', () => {
    const search = buildAuthorizeUrl(params).searchParams;
    expect(Object.fromEntries(search)).toEqual({
      client_id: 'client-123',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:5173/account',
      state: 'state-abc',
      scope: 'user-top-read playlist-modify-private',
      code_challenge_method: 'S256',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
    // Each parameter exactly once.
    expect([...search.keys()]).toHaveLength(7);
  });

  it('space-separates the scopes', () => {
    expect(buildAuthorizeUrl(params).searchParams.get('scope')).toBe('user-top-read playlist-modify-private');
    expect(buildAuthorizeUrl({ ...params, scopes: SIGN_IN_SCOPES }).searchParams.get('scope')).toBe('user-top-read');
  });

  it('encodes values that contain URL syntax, so they survive the round trip', () => {
    const redirectUri = 'https://user.github.io/heavy-rotation/account?x=1&y=2#frag';
    const url = buildAuthorizeUrl({ ...params, redirectUri, state: 'a+b/c=d&e' });
    const reparsed = new URL(url.href).searchParams;
    expect(reparsed.get('redirect_uri')).toBe(redirectUri);
    expect(reparsed.get('state')).toBe('a+b/c=d&e');
    expect(url.hash).toBe('');
  });

  it('asks Spotify to show the consent dialog only when asked to', () => {
    expect(buildAuthorizeUrl(params).searchParams.has('show_dialog')).toBe(false);
    expect(buildAuthorizeUrl({ ...params, showDialog: false }).searchParams.has('show_dialog')).toBe(false);
    expect(buildAuthorizeUrl({ ...params, showDialog: true }).searchParams.get('show_dialog')).toBe('true');
  });
});
