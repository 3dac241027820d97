import { QueryClient } from '@tanstack/react-query';
import { isSpotifyError } from '../../spotify/errors';

/** Server trouble: about 7 s of backoff, then the error panel with its Try again. */
const MAX_SERVER_ERROR_RETRIES = 3;
/**
 * No answer at all: a dropped connection, or a 429 whose missing CORS headers hide it as a network error.
 * Rate limits count over a rolling 30 s, so keep trying for about 15 s.
 */
const MAX_NETWORK_RETRIES = 4;
/** A 429 that says how long to wait is cured by waiting: allow more rounds than for 5xx. */
const MAX_RATE_LIMIT_RETRIES = 6;
/** Longer than this, waiting silently helps nobody: show the panel, which says how long Spotify asked for. */
export const MAX_AUTO_WAIT_S = 60;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s, 8 s, at most 15 s. */
export function backoffDelay(attempt: number): number {
  const base = 1000 * 2 ** attempt;
  return Math.min(base + Math.random() * 250, 15_000);
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  // 4xx other than 429 will not change by asking again; a signed-out session never will.
  if (!isSpotifyError(error) || !error.retryable) return false;
  if (error.status === 429) {
    if (error.retryAfter !== undefined && error.retryAfter > MAX_AUTO_WAIT_S) return false;
    return failureCount < MAX_RATE_LIMIT_RETRIES;
  }
  return failureCount < (error.kind === 'network' ? MAX_NETWORK_RETRIES : MAX_SERVER_ERROR_RETRIES);
}

export function retryDelay(attempt: number, error: unknown): number {
  // Spotify said when: come back exactly then, not earlier (another 429) and not later.
  if (isSpotifyError(error) && error.status === 429 && error.retryAfter !== undefined) return error.retryAfter * 1000;
  return backoffDelay(attempt);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Top lists change over days, not seconds: a visited range is served from cache.
        staleTime: 30 * 60_000,
        gcTime: 60 * 60_000,
        retry: shouldRetry,
        retryDelay,
        // Route loaders prefetch; when that fetch has already failed by the time the view mounts, show its
        // error instead of asking again at once (a second 403, or a 429 sent before its Retry-After).
        // Navigating to the page again, or "Try again", still refetches.
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}
