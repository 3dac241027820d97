// Real randomness for codes and tokens, and the PKCE S256 transform (RFC 7636 §4.2).

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unguessable opaque string: `prefix` + base64url of `bytes` random bytes. */
export function randomToken(bytes: number, prefix = ''): string {
  return prefix + base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** base64url(SHA-256(verifier)) without padding. */
export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** RFC 7636 §4.1: 43–128 unreserved characters. */
export function isValidVerifier(verifier: string): boolean {
  return /^[A-Za-z0-9\-._~]{43,128}$/.test(verifier);
}

/** A S256 challenge is 32 bytes in base64url: exactly 43 characters. */
export function isValidChallenge(challenge: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(challenge);
}
