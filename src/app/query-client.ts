import { QueryClient } from '@tanstack/react-query';
import { isSpotifyError } from '../spotify/errors';

const MAX_RETRIES = 3;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s. */
export function backoffDelay(attempt: number): number {
  const base = 1000 * 2 ** attempt;
  return Math.min(base + Math.random() * 250, 15_000);
}

export function shouldRetry(failureCount: number, error: unknown): boolean {
  // 4xx other than 429 will not change by asking again; a signed-out session never will.
  return isSpotifyError(error) && error.retryable && failureCount < MAX_RETRIES;
}

export function retryDelay(attempt: number, error: unknown): number {
  if (isSpotifyError(error) && error.retryAfter !== undefined) return error.retryAfter * 1000;
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
        refetchOnWindowFocus: false,
      },
    },
  });
}
