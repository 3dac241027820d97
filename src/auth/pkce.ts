// PKCE (RFC 7636) with WebCrypto: a random verifier and its S256 challenge.

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** A random string of `length` unreserved characters (RFC 7636 §4.1), without modulo bias. */
export function randomString(length: number): string {
  let out = '';
  // 66 characters: reject bytes >= 198 (3 × 66) so every character is equally likely.
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < 198 && out.length < length) out += UNRESERVED[byte % UNRESERVED.length];
    }
  }
  return out;
}

export function createCodeVerifier(length = 64): string {
  if (!Number.isInteger(length) || length < 43 || length > 128)
    throw new RangeError('A PKCE verifier has 43 to 128 characters');
  return randomString(length);
}

export function base64UrlEncode(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url(SHA-256(verifier)) without padding (RFC 7636 §4.2). */
export async function createCodeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(digest);
}
