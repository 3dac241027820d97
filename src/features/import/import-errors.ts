// The import's errors in the page's language. The worker and the stores reject with a code as the
// Error's message (a worker has no page language); anything else gets the general sentence.
import { t } from '../../i18n/i18n';
import { importMessages } from './messages';

export type ImportErrorCode =
  'storage-unavailable' | 'worker-stopped' | 'too-many-streams' | 'range-needs-dates' | 'import-failed';

const TEXTS = {
  'storage-unavailable': importMessages.errorStorage,
  'worker-stopped': importMessages.errorWorkerStopped,
  'too-many-streams': importMessages.errorTooManyStreams,
  'range-needs-dates': importMessages.errorRangeDates,
  'import-failed': importMessages.errorUnknown,
} satisfies Record<ImportErrorCode, unknown>;

export function importErrorCode(error: unknown): ImportErrorCode {
  const code = error instanceof Error ? error.message : '';
  return code in TEXTS ? (code as ImportErrorCode) : 'import-failed';
}

/** What went wrong, in words, with the way forward. */
export function importErrorText(error: unknown): string {
  return t(TEXTS[importErrorCode(error)]);
}
