import type { FetchStatus } from '@tanstack/react-query';
import { isSpotifyError } from '../spotify/errors';

/** Seconds beyond which a silent wait would look like a hang. */
const NOTICEABLE_WAIT_S = 3;

interface RetryNoticeProps {
  failureReason: unknown;
  failureCount: number;
  fetchStatus: FetchStatus;
}

/** While a query waits or retries by itself, say why when the wait is long enough to notice. */
export function RetryNotice({ failureReason, failureCount, fetchStatus }: RetryNoticeProps) {
  let text: string | null = null;
  if (fetchStatus === 'paused') {
    text = "You're offline. This loads by itself when you're back online.";
  } else if (failureCount > 0 && isSpotifyError(failureReason) && failureReason.retryable) {
    const wait = failureReason.retryAfter;
    if (failureReason.status === 429 && wait !== undefined && wait > NOTICEABLE_WAIT_S) {
      text = `Spotify asked us to wait ${Math.ceil(wait)} seconds before the next request. This loads by itself.`;
    } else if (failureCount >= 2) {
      text = "Spotify isn't answering yet. Still trying…";
    }
  }
  return text ? (
    <p className="retry-notice" role="status">
      {text}
    </p>
  ) : null;
}
