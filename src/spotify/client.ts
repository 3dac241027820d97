// The one HTTP client for the Web API: bearer token, abort signals, typed errors,
// a single refresh-and-retry on 401, and shape checks at the boundary.
import { activeEndpoints } from '../auth/endpoints';
import { getAccessToken, rejectSession, SignedOutError } from '../auth/access-token';
import { AuthError } from '../auth/token-client';
import { SpotifyError } from './errors';

export type Query = Record<string, string | number | undefined>;

export interface RequestOptions<T> {
  query?: Query;
  /** Sent as JSON (POST/PUT). */
  body?: unknown;
  signal?: AbortSignal;
  /** Checks the JSON and returns it typed; throws on a shape the app cannot use. */
  parse: (json: unknown) => T;
}

function buildUrl(path: string, query: Query = {}): string {
  const url = new URL(`${activeEndpoints().apiUrl}${path}`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.href;
}

/** Seconds from a Retry-After header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function toError(response: Response): Promise<SpotifyError> {
  let message = '';
  let reason: string | undefined;
  try {
    const body = (await response.json()) as { error?: { message?: unknown; reason?: unknown } };
    if (typeof body.error?.message === 'string') message = body.error.message;
    if (typeof body.error?.reason === 'string') reason = body.error.reason;
  } catch {
    // Not JSON: the status says enough.
  }
  return new SpotifyError('http', message || `Spotify answered ${response.status}.`, {
    status: response.status,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
    reason,
  });
}

async function send(
  method: string,
  url: string,
  token: string,
  signal?: AbortSignal,
  body?: string,
): Promise<Response> {
  try {
    return await fetch(url, {
      ...(method === 'GET' ? {} : { method }),
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body }),
      signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    // No status at all: offline, or a response without CORS headers (Spotify's 429s sometimes).
    throw new SpotifyError('network', 'Spotify could not be reached.');
  }
}

async function withToken<T>(run: (token: string) => Promise<T>, rejected?: string): Promise<T> {
  try {
    return await run(await getAccessToken(rejected));
  } catch (error) {
    if (error instanceof SignedOutError) throw new SpotifyError('signed-out', error.message, { status: 401 });
    // A refresh that failed without ending the session (offline, token endpoint 5xx): still a SpotifyError.
    if (error instanceof AuthError) {
      const kind =
        error.code === 'network' ? 'network' : error.code === 'invalid_response' ? 'invalid-response' : 'http';
      throw new SpotifyError(kind, error.message, { status: error.status });
    }
    throw error;
  }
}

export function spotifyGet<T>(path: string, options: RequestOptions<T>): Promise<T> {
  return spotifyRequest('GET', path, options);
}

export function spotifyPost<T>(path: string, options: RequestOptions<T>): Promise<T> {
  return spotifyRequest('POST', path, options);
}

export async function spotifyRequest<T>(method: 'GET' | 'POST', path: string, options: RequestOptions<T>): Promise<T> {
  const url = buildUrl(path, options.query);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  let usedToken = '';
  let response = await withToken((token) => send(method, url, (usedToken = token), options.signal, body));
  if (response.status === 401) {
    // Expired or revoked: refresh once and retry once (a 401 means Spotify did nothing, so a POST is safe to resend).
    response = await withToken((token) => send(method, url, token, options.signal, body), usedToken);
    if (response.status === 401) {
      rejectSession();
      throw new SpotifyError('signed-out', 'Spotify no longer accepts this sign-in.', { status: 401 });
    }
  }
  if (!response.ok) throw await toError(response);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    // Aborting while the body streams in rejects the read with the AbortError.
    if (options.signal?.aborted) throw error;
    throw new SpotifyError('invalid-response', 'Spotify sent a reply the app could not read.', {
      status: response.status,
    });
  }
  try {
    return options.parse(json);
  } catch (error) {
    throw new SpotifyError(
      'invalid-response',
      `Spotify sent data the app could not use${error instanceof Error ? `: ${error.message}` : '.'}`,
      { status: response.status },
    );
  }
}
