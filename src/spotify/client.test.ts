import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSession, readSignedOutReason, writeSession, type Session } from '../auth/token-store';
import { config } from '../config';
import { parseRetryAfter, spotifyGet, spotifyPost } from './client';
import { getCurrentUser } from './endpoints';
import { SpotifyError } from './errors';
import { testSession } from '../test/session';

// --- the HTTP boundary -------------------------------------------------------------

interface SentRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string;
  signal: AbortSignal | undefined;
  credentials: RequestCredentials | undefined;
}

/** Stubs fetch; every request is recorded. */
function stubFetch(respond: (request: SentRequest) => Response | Promise<Response>) {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const request: SentRequest = {
        url: String(input),
        method: init.method ?? 'GET',
        headers: new Headers(init.headers),
        body: init.body == null ? '' : String(init.body),
        signal: init.signal ?? undefined,
        credentials: init.credentials,
      };
      sent.push(request);
      return respond(request);
    }),
  );
  return sent;
}

/** Answers the token endpoint with `token` and the Web API with `api`. */
function stubSpotify(
  api: (request: SentRequest) => Response | Promise<Response>,
  token: () => Response | Promise<Response> = () => tokenResponse(),
) {
  return stubFetch((request) => (request.url === `${config.accountsUrl}/api/token` ? token() : api(request)));
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

function apiError(status: number, message: string, extra: Record<string, unknown> = {}, headers = {}): Response {
  return json({ error: { status, message, ...extra } }, status, headers);
}

function tokenResponse(accessToken = 'access-2'): Response {
  return json({ access_token: accessToken, token_type: 'Bearer', scope: 'user-top-read', expires_in: 3600 });
}

const user = { id: 'u1', display_name: 'Listener', uri: 'spotify:user:u1', images: [], external_urls: {} };

/** Who sent what, in order: "GET /me Bearer access-1", "POST /api/token refresh-1". */
function sequence(sent: SentRequest[]): string[] {
  return sent.map((request) => {
    const url = new URL(request.url);
    if (request.method === 'POST')
      return `POST ${url.pathname} ${new URLSearchParams(request.body).get('refresh_token')}`;
    return `${request.method} ${url.href.slice(config.apiUrl.length)} ${request.headers.get('Authorization')}`;
  });
}

/** The error a promise rejects with; fails the test if it resolves. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => error,
  );
}

async function spotifyFailure(promise: Promise<unknown>): Promise<SpotifyError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(SpotifyError);
  return error as SpotifyError;
}

// --- fixtures ----------------------------------------------------------------------

let session: Session;

beforeEach(() => {
  session = testSession();
  writeSession(session);
});

afterEach(() => {
  vi.useRealTimers();
});

// --- tests -------------------------------------------------------------------------

describe('spotifyGet: requests', () => {
  it('sends the access token as a bearer token to the configured API, with no cookies', async () => {
    const sent = stubSpotify(() => json(user));
    await expect(getCurrentUser()).resolves.toMatchObject({ id: 'u1' });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(`${config.apiUrl}/me`);
    expect(sent[0]!.method).toBe('GET');
    expect(sent[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    expect(sent[0]!.credentials).toBe('omit');
  });

  it('adds the query, leaving out undefined values', async () => {
    const sent = stubSpotify(() => json({}));
    await spotifyGet('/me/top/tracks', {
      query: { time_range: 'short_term', limit: 50, offset: undefined },
      parse: (value) => value,
    });
    const url = new URL(sent[0]!.url);
    expect(url.pathname).toBe(new URL(`${config.apiUrl}/me/top/tracks`).pathname);
    expect(Object.fromEntries(url.searchParams)).toEqual({ time_range: 'short_term', limit: '50' });
  });

  it('returns what the parser made of the JSON', async () => {
    stubSpotify(() => json({ answer: 42 }));
    await expect(spotifyGet('/x', { parse: (value) => ({ parsed: value }) })).resolves.toEqual({
      parsed: { answer: 42 },
    });
  });

  it('fails as signed-out without calling Spotify when there is no session', async () => {
    sessionStorage.clear();
    const sent = stubSpotify(() => json(user));
    const error = await spotifyFailure(getCurrentUser());
    expect(error.kind).toBe('signed-out');
    expect(sent).toHaveLength(0);
  });
});

describe('spotifyGet: aborting', () => {
  /** A fetch that, like the real one, rejects with the signal's reason when aborted. */
  function hangingFetch() {
    return stubSpotify(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal?.addEventListener('abort', () => reject(request.signal!.reason));
        }),
    );
  }

  it('passes the caller’s signal to fetch', async () => {
    const sent = stubSpotify(() => json(user));
    const controller = new AbortController();
    await getCurrentUser(controller.signal);
    expect(sent[0]!.signal).toBe(controller.signal);
  });

  it('rejects with the AbortError, not a SpotifyError, when aborted in flight', async () => {
    hangingFetch();
    const controller = new AbortController();
    const request = getCurrentUser(controller.signal);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    controller.abort();
    const error = await failure(request);
    expect(error).not.toBeInstanceOf(SpotifyError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('rejects with the AbortError when aborted while the body is being read', async () => {
    // Real fetch ties the body stream to the signal: aborting errors the stream.
    stubSpotify(
      (request) =>
        new Response(
          new ReadableStream({
            start(stream) {
              request.signal?.addEventListener('abort', () => stream.error(request.signal!.reason));
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const controller = new AbortController();
    const request = getCurrentUser(controller.signal);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    controller.abort();
    const error = await failure(request);
    expect(error).not.toBeInstanceOf(SpotifyError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('rejects with the AbortError when the signal was aborted before the call', async () => {
    stubSpotify((request) =>
      request.signal?.aborted ? Promise.reject(request.signal.reason) : Promise.resolve(json(user)),
    );
    const error = await failure(getCurrentUser(AbortSignal.abort()));
    expect(error).not.toBeInstanceOf(SpotifyError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('spotifyGet: errors from the Web API', () => {
  it('turns a 404 into a SpotifyError with the status and Spotify’s message', async () => {
    stubSpotify(() => apiError(404, 'Non existing id'));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'http', status: 404, message: 'Non existing id', retryAfter: undefined });
    expect(error.retryable).toBe(false);
  });

  it('turns a 403 for a user missing from the dashboard into a SpotifyError with that message', async () => {
    stubSpotify(() => apiError(403, 'User not registered in the Developer Dashboard'));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({
      kind: 'http',
      status: 403,
      message: 'User not registered in the Developer Dashboard',
    });
    expect(error.retryable).toBe(false);
    // A 403 is not a reason to sign out.
    expect(readSession()).toEqual(session);
  });

  it('reads Retry-After in seconds and the reason of a 429', async () => {
    stubSpotify(() => apiError(429, 'Too many requests', { reason: 'QUOTA_EXCEEDED' }, { 'Retry-After': '7' }));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfter: 7, reason: 'QUOTA_EXCEEDED' });
    expect(error.retryable).toBe(true);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 9, 1, 12, 0, 0));
    writeSession({ ...session, obtainedAt: Date.now(), expiresAt: Date.now() + 3_600_000 });
    stubSpotify(() =>
      apiError(429, 'Too many requests', {}, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString() }),
    );
    const error = await spotifyFailure(getCurrentUser());
    expect(error.retryAfter).toBe(120);
  });

  it('falls back to the status when the error body is not Spotify’s JSON', async () => {
    stubSpotify(() => new Response('<html>upstream timeout</html>', { status: 504 }));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'http', status: 504, message: 'Spotify answered 504.' });
    expect(error.retryable).toBe(true);
  });

  it('treats 5xx as retryable and 4xx (but 429) as not', async () => {
    stubSpotify(() => apiError(500, 'Server error'));
    expect((await spotifyFailure(getCurrentUser())).retryable).toBe(true);
    stubSpotify(() => apiError(400, 'Bad request'));
    expect((await spotifyFailure(getCurrentUser())).retryable).toBe(false);
  });

  it('reports a fetch that rejects (offline, a 429 without CORS headers) as a retryable network error', async () => {
    stubSpotify(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error.retryable).toBe(true);
    expect(readSession()).toEqual(session);
  });

  it('reports a 200 whose body is not JSON as invalid-response', async () => {
    stubSpotify(() => new Response('{"id": "u1",', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(error.retryable).toBe(false);
  });

  it('reports a 200 missing a required field as invalid-response, naming the field', async () => {
    stubSpotify(() => json({ ...user, id: undefined }));
    const error = await spotifyFailure(getCurrentUser());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('user.id');
  });
});

describe('spotifyGet: 401 and refreshing', () => {
  it('refreshes once and retries once with the new token', async () => {
    const sent = stubSpotify((request) =>
      request.headers.get('Authorization') === 'Bearer access-1'
        ? apiError(401, 'The access token expired')
        : json(user),
    );
    await expect(getCurrentUser()).resolves.toMatchObject({ id: 'u1' });
    expect(sequence(sent)).toEqual(['GET /me Bearer access-1', 'POST /api/token refresh-1', 'GET /me Bearer access-2']);
    expect(readSession()?.accessToken).toBe('access-2');
  });

  it('signs out with reason session-rejected when the new token is refused too', async () => {
    const sent = stubSpotify(() => apiError(401, 'Invalid access token'));
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'signed-out', status: 401 });
    expect(sequence(sent)).toEqual(['GET /me Bearer access-1', 'POST /api/token refresh-1', 'GET /me Bearer access-2']);
    expect(readSession()).toBeNull();
    expect(readSignedOutReason()).toBe('session-rejected');
  });

  it('signs out with reason session-ended when the refresh token is refused', async () => {
    const sent = stubSpotify(
      () => apiError(401, 'The access token expired'),
      () => json({ error: 'invalid_grant', error_description: 'Refresh token revoked' }, 400),
    );
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'signed-out', status: 401 });
    expect(sequence(sent)).toEqual(['GET /me Bearer access-1', 'POST /api/token refresh-1']);
    expect(readSession()).toBeNull();
    expect(readSignedOutReason()).toBe('session-ended');
  });

  it('reports a network failure during the refresh as a retryable network error, and stays signed in', async () => {
    stubSpotify(
      () => apiError(401, 'The access token expired'),
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const error = await spotifyFailure(getCurrentUser());
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
    expect(readSession()).toEqual(session);
    expect(readSignedOutReason()).toBeNull();
  });

  it('reports a server error from the token endpoint during the refresh as a SpotifyError, and stays signed in', async () => {
    stubSpotify(
      () => apiError(401, 'The access token expired'),
      () => json({ error: 'temporarily_unavailable' }, 503),
    );
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(error.retryable).toBe(true);
    expect(readSession()).toEqual(session);
  });

  it('refreshes once for concurrent requests that all got 401', async () => {
    const sent = stubSpotify((request) =>
      request.headers.get('Authorization') === 'Bearer access-1'
        ? apiError(401, 'The access token expired')
        : json(user),
    );
    await expect(Promise.all([getCurrentUser(), getCurrentUser(), getCurrentUser()])).resolves.toHaveLength(3);
    expect(sequence(sent).filter((line) => line.startsWith('POST'))).toEqual(['POST /api/token refresh-1']);
    expect(sequence(sent).filter((line) => line.endsWith('access-2'))).toHaveLength(3);
  });

  it('does not refresh for other errors', async () => {
    const sent = stubSpotify(() => apiError(403, 'Insufficient client scope'));
    await spotifyFailure(getCurrentUser());
    expect(sequence(sent)).toEqual(['GET /me Bearer access-1']);
  });

  it('reports a network failure while refreshing an expiring token as a retryable network error', async () => {
    writeSession({ ...session, obtainedAt: Date.now() - 3_570_000, expiresAt: Date.now() + 30_000 });
    const sent = stubSpotify(
      () => json(user),
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const error = await spotifyFailure(getCurrentUser());
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(error.retryable).toBe(true);
    expect(sequence(sent)).toEqual(['POST /api/token refresh-1']);
    expect(readSignedOutReason()).toBeNull();
  });

  it('refreshes before sending when the token is about to expire', async () => {
    writeSession({ ...session, obtainedAt: Date.now() - 3_570_000, expiresAt: Date.now() + 30_000 });
    const sent = stubSpotify(() => json(user));
    await getCurrentUser();
    expect(sequence(sent)).toEqual(['POST /api/token refresh-1', 'GET /me Bearer access-2']);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 9, 1, 12, 0, 0);

  it.each([
    ['0', 0],
    ['7', 7],
    ['120', 120],
  ])('reads delta-seconds %s', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it('reads an HTTP date, rounding up to whole seconds', () => {
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Oct 2026 12:00:10 GMT', now - 500)).toBe(11);
  });

  it('reads a date in the past as 0', () => {
    expect(parseRetryAfter(new Date(now - 60_000).toUTCString(), now)).toBe(0);
  });

  it.each([null, '', 'soon'])('reads %j as no advice', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('spotifyPost', () => {
  const parse = (value: unknown) => value as { ok: boolean };

  it('sends the body as JSON with the bearer token, and parses the answer', async () => {
    const sent = stubSpotify(() => json({ ok: true }, 201));
    await expect(spotifyPost('/me/playlists', { body: { name: 'Mix', public: false }, parse })).resolves.toEqual({
      ok: true,
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe(`${config.apiUrl}/me/playlists`);
    expect(sent[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    expect(sent[0]!.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(sent[0]!.body)).toEqual({ name: 'Mix', public: false });
  });

  it('on 401 refreshes once and resends the same body with the new token', async () => {
    const sent = stubSpotify((request) =>
      request.headers.get('Authorization') === 'Bearer access-1'
        ? apiError(401, 'The access token expired')
        : json({ ok: true }, 201),
    );
    await expect(spotifyPost('/playlists/p1/items', { body: { uris: ['spotify:track:t1'] }, parse })).resolves.toEqual({
      ok: true,
    });
    const posts = sent.filter((request) => request.url.startsWith(config.apiUrl));
    expect(posts.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer access-1',
      'Bearer access-2',
    ]);
    expect(posts.map((request) => JSON.parse(request.body))).toEqual([
      { uris: ['spotify:track:t1'] },
      { uris: ['spotify:track:t1'] },
    ]);
  });

  it("turns Spotify's error JSON into a SpotifyError with status and message", async () => {
    stubSpotify(() => apiError(403, 'Insufficient client scope'));
    const error = await spotifyFailure(spotifyPost('/me/playlists', { body: { name: 'Mix' }, parse }));
    expect(error).toMatchObject({ kind: 'http', status: 403, message: 'Insufficient client scope' });
  });
});
