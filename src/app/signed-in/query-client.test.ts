import { describe, expect, it } from 'vitest';
import { SpotifyError } from '../../spotify/errors';
import { backoffDelay, MAX_AUTO_WAIT_S, retryDelay, shouldRetry } from './query-client';

const http = (status: number, retryAfter?: number) =>
  new SpotifyError('http', 'x', { status, ...(retryAfter === undefined ? {} : { retryAfter }) });
const network = () => new SpotifyError('network', 'Spotify could not be reached.');

/** How many times a query retries an error that keeps coming back. */
function retries(error: unknown): number {
  let count = 0;
  while (shouldRetry(count, error) && count < 100) count++;
  return count;
}

describe('query retry policy', () => {
  it('retries 5xx three times, with growing backoff', () => {
    expect(retries(http(500))).toBe(3);
    expect(retries(http(503))).toBe(3);
    expect(backoffDelay(0)).toBeGreaterThanOrEqual(1000);
    expect(backoffDelay(1)).toBeGreaterThanOrEqual(2000);
    expect(backoffDelay(2)).toBeGreaterThanOrEqual(4000);
    expect(backoffDelay(10)).toBe(15_000);
  });

  it('retries a network failure (offline, or a 429 without CORS headers) a little longer than a 5xx', () => {
    expect(retries(network())).toBe(4);
    expect(retryDelay(0, network())).toBeGreaterThanOrEqual(1000);
  });

  it('allows a 429 more retries than a 5xx, and waits exactly as long as Retry-After says', () => {
    expect(retries(http(429, 4))).toBe(6);
    expect(retries(http(429))).toBe(6);
    expect(retryDelay(0, http(429, 4))).toBe(4000);
    expect(retryDelay(3, http(429, 0))).toBe(0);
    expect(retryDelay(1, http(429))).toBeGreaterThanOrEqual(2000);
  });

  it('does not wait silently when Spotify asks for more than a minute', () => {
    expect(retries(http(429, MAX_AUTO_WAIT_S))).toBe(6);
    expect(retries(http(429, MAX_AUTO_WAIT_S + 1))).toBe(0);
  });

  it('never retries other 4xx, a signed-out session, data it cannot read, or unknown errors', () => {
    for (const status of [400, 401, 403, 404]) expect(retries(http(status))).toBe(0);
    expect(retries(new SpotifyError('signed-out', 'x', { status: 401 }))).toBe(0);
    expect(retries(new SpotifyError('invalid-response', 'x', { status: 200 }))).toBe(0);
    expect(retries(new Error('boom'))).toBe(0);
  });
});
