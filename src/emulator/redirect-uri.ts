// Redirect URI rules that Spotify enforces for every app since 27 Nov 2025:
// exact match with a registered URI, HTTPS except loopback IP literals, never
// `localhost`; a loopback URI registered without a port accepts any port.
// https://developer.spotify.com/documentation/web-api/concepts/redirect_uri

const LOOPBACK_PORT = /^(http:\/\/(?:127\.0\.0\.1|\[::1\])):(\d{1,5})(?=[/?#]|$)/;
const LOOPBACK_NO_PORT = /^http:\/\/(?:127\.0\.0\.1|\[::1\])(?=[/?#]|$)/;

/** Why a redirect URI can never be valid, or null when its form is acceptable. */
export function redirectUriProblem(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'The redirect URI is not an absolute URL.';
  }
  if (url.hash) return 'A redirect URI must not contain a fragment.';
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return '"localhost" is not allowed as a redirect URI. Use the loopback address instead: http://127.0.0.1:PORT or http://[::1]:PORT.';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && (host === '127.0.0.1' || host === '[::1]')) return null;
  return 'Insecure redirect URI. Use HTTPS, or a loopback address (http://127.0.0.1:PORT).';
}

export function matchesRegisteredUri(registered: string, candidate: string): boolean {
  if (registered === candidate) return true;
  if (!LOOPBACK_NO_PORT.test(registered)) return false;
  const port = LOOPBACK_PORT.exec(candidate);
  if (!port || Number(port[2]) < 1 || Number(port[2]) > 65535) return false;
  return candidate.replace(LOOPBACK_PORT, '$1') === registered;
}
