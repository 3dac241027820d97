// Property: whatever arrives at the callback, the code is exchanged only when its `state`
// equals the one this tab stored before leaving for Spotify (RFC 6749 §10.12, CSRF).
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const STATE = 'Xy7_stored-state-0123456789abcdef';

beforeEach(() => {
  vi.stubEnv('VITE_SPOTIFY_CLIENT_ID', 'build-client-id');
  vi.stubEnv('VITE_SPOTIFY_ACCOUNTS_URL', 'https://accounts.example');
});

afterEach(() => {
  vi.unstubAllEnvs();
  sessionStorage.clear();
});

const KEYS = ['code', 'state', 'error', 'error_description', 'foo', 'STATE', 'code '];
const value = fc.oneof(
  fc.constant(STATE),
  fc.constant(''),
  fc.constant(` ${STATE}`),
  fc.constant(STATE.toUpperCase()),
  fc.constant(STATE.slice(0, -1)),
  fc.constant('access_denied'),
  fc.string(),
);
/** Well-formed query strings built from the callback's own parameter names. */
const structured = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 6 })
  .map((pairs) => new URLSearchParams(pairs).toString());
/** A genuine-looking response with noise around it (more parameters, repeats, errors). */
const nearlyGenuine = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 3 }),
    fc.string({ minLength: 1 }),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 3 }),
  )
  .map(([before, code, after]) =>
    new URLSearchParams([...before, ['code', code], ['state', STATE], ...after]).toString(),
  );
/** Raw text, with the characters and words that make query parsing interesting. */
const raw = fc
  .array(fc.constantFrom('state', 'code', 'error', '=', '&', '?', '#', '%', '%3D', '%26', '+', ';', ' ', 'x', STATE), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

it('no callback query string leads to a token request unless its state equals the stored one', async () => {
  let exchanges = 0;
  await fc.assert(
    fc.asyncProperty(fc.oneof(structured, nearlyGenuine, raw), fc.boolean(), async (query, pendingStored) => {
      // callback.ts keeps a once-per-code guard in module state: fresh modules for every case.
      vi.resetModules();
      sessionStorage.clear();
      const store = await import('./token-store');
      const session = await import('./callback');
      if (pendingStored) {
        store.writePendingSignIn({
          verifier: 'v'.repeat(64),
          state: STATE,
          returnTo: '/tracks',
          clientId: 'build-client-id',
          createdAt: Date.now(),
        });
      }
      const fetchMock = vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              access_token: 'a',
              token_type: 'Bearer',
              expires_in: 3600,
              scope: '',
              refresh_token: 'r',
            }),
            { status: 200, headers: { 'Content-Type': 'application/json' } },
          ),
      );
      vi.stubGlobal('fetch', fetchMock);

      const params = new URLSearchParams(query);
      await session.completeSignIn(params).catch(() => undefined);

      const stateMatches = pendingStored && params.get('state') === STATE;
      if (!stateMatches) {
        expect(fetchMock).not.toHaveBeenCalled();
        expect(store.readSession()).toBeNull();
      } else if (params.get('code') && !params.get('error')) {
        expect(fetchMock).toHaveBeenCalledTimes(1);
        exchanges++;
      } else {
        expect(fetchMock).not.toHaveBeenCalled();
      }
      // Spent either way: a second look at the same response finds nothing to use.
      expect(sessionStorage.getItem('heavy-rotation:pending-sign-in')).toBeNull();
    }),
    { numRuns: 300 },
  );
  // The property is not vacuous: matching states with a code did get exchanged.
  expect(exchanges).toBeGreaterThan(0);
});
