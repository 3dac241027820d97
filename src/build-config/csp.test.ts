import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SPOTIFY_IMAGE_ORIGINS } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('allows scripts from the app itself only, never inline or eval', () => {
    const policy = contentSecurityPolicy({});
    expect(directives(policy).get('script-src')).toEqual(["'self'"]);
    expect(directives(policy).get('default-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("connects to Spotify's accounts service and Web API by default, and nowhere else but the app's own origin", () => {
    expect(directives(contentSecurityPolicy({})).get('connect-src')).toEqual([
      "'self'",
      'https://accounts.spotify.com',
      'https://api.spotify.com',
    ]);
  });

  it('connects to exactly the configured accounts and API origins, without their paths', () => {
    const csp = directives(
      contentSecurityPolicy({
        VITE_SPOTIFY_ACCOUNTS_URL: 'http://127.0.0.1:4101/',
        VITE_SPOTIFY_API_URL: 'http://127.0.0.1:4102/v1',
      }),
    );
    expect(csp.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:4101', 'http://127.0.0.1:4102']);
  });

  it('treats path-only endpoints (the dev server’s embedded emulator) as the app’s own origin', () => {
    const csp = directives(
      contentSecurityPolicy({
        VITE_SPOTIFY_ACCOUNTS_URL: '/__emulator/accounts',
        VITE_SPOTIFY_API_URL: '/__emulator/api/v1',
      }),
    );
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it("loads images from Spotify's CDNs by default", () => {
    expect(directives(contentSecurityPolicy({})).get('img-src')).toEqual(["'self'", ...SPOTIFY_IMAGE_ORIGINS]);
  });

  it('loads images only from the configured image origins when VITE_SPOTIFY_IMAGE_ORIGINS is set', () => {
    const csp = directives(
      contentSecurityPolicy({
        VITE_SPOTIFY_IMAGE_ORIGINS: 'https://img.example/a, http://127.0.0.1:4103  https://img.example/b',
      }),
    );
    expect(csp.get('img-src')).toEqual(["'self'", 'https://img.example', 'http://127.0.0.1:4103']);
  });

  it('refuses a configured URL that is not http(s) rather than writing it into the policy', () => {
    expect(() => contentSecurityPolicy({ VITE_SPOTIFY_IMAGE_ORIGINS: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
    expect(() => contentSecurityPolicy({ VITE_SPOTIFY_API_URL: 'data:text/plain,x' })).toThrow(/http\(s\)/);
  });
});
