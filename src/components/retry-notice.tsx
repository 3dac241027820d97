import { isSpotifyError } from '../spotify/errors';

/** Seconds beyond which a silent wait would look like a hang. */
const NOTICEABLE_WAIT_S = 3;

/** While a query retries by itself, say why when the wait is long enough to notice. */
export function RetryNotice({ failureReason, failureCount }: { failureReason: unknown; failureCount: number }) {
  if (failureCount === 0 || !isSpotifyError(failureReason) || !failureReason.retryable) return null;
  const wait = failureReason.retryAfter;
  let text: string | null = null;
  if (failureReason.status === 429 && wait !== undefined && wait > NOTICEABLE_WAIT_S) {
    text = `Spotify asked us to wait ${Math.ceil(wait)} seconds before the next request. Your list will load by itself.`;
  } else if (failureCount >= 2) {
    text = 'Spotify is slow to answer. Still trying…';
  }
  return text ? (
    <p className="retry-notice" role="status">
      {text}
    </p>
  ) : null;
}
