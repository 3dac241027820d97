import type { FetchStatus } from '@tanstack/react-query';
import { t } from '../i18n/i18n';
import { isSpotifyError } from '../spotify/errors';
import { errorMessages } from './error-messages';

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
    text = t(errorMessages.offlineNotice);
  } else if (failureCount > 0 && isSpotifyError(failureReason) && failureReason.retryable) {
    const wait = failureReason.retryAfter;
    if (failureReason.status === 429 && wait !== undefined && wait > NOTICEABLE_WAIT_S) {
      text = t(errorMessages.waitNotice, { seconds: Math.ceil(wait) });
    } else if (failureCount >= 2) {
      text = t(errorMessages.stillTrying);
    }
  }
  return text ? (
    <p className="retry-notice" role="status">
      {text}
    </p>
  ) : null;
}
