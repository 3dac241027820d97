import { isolate, t } from '../i18n/i18n';
import { isSpotifyError } from '../spotify/errors';
import { errorMessages as m } from './error-messages';

/**
 * The way forward an error panel offers: try again, sign in again, sign in granting a missing scope,
 * bring your own client ID (for a development-mode app's user list), or nothing.
 */
export type ErrorAction = 'retry' | 'sign-in' | 'sign-in-with-scope' | 'own-client-id' | 'none';

export interface ErrorDescription {
  title: string;
  message: string;
  action: ErrorAction;
}

const UNREGISTERED = /not (be )?registered|user may not|developer dashboard/i;
const SCOPE = /scope/i;

/**
 * What went wrong, in the user's words (the page's language), and what they can do about it.
 * Spotify's own explanation, where it is the best there is, is quoted: it comes in English.
 */
export function describeError(error: unknown, online = navigator.onLine): ErrorDescription {
  const say = (title: string, message: string, action: ErrorAction): ErrorDescription => ({ title, message, action });
  if (!isSpotifyError(error)) return say(t(m.unexpectedTitle), t(m.unexpected), 'retry');
  if (error.kind === 'signed-out') return say(t(m.sessionEndedTitle), t(m.sessionEnded), 'sign-in');
  if (error.kind === 'network') {
    return online
      ? say(t(m.unreachableTitle), t(m.unreachable), 'retry')
      : say(t(m.offlineTitle), t(m.offline), 'retry');
  }
  if (error.kind === 'invalid-response') return say(t(m.invalidTitle), t(m.invalid), 'retry');
  if (error.status === 403 && UNREGISTERED.test(error.message)) {
    return say(t(m.unregisteredTitle), t(m.unregistered), 'own-client-id');
  }
  if (error.status === 403 && SCOPE.test(error.message)) {
    return say(t(m.scopeTitle), t(m.scope), 'sign-in-with-scope');
  }
  const spotifySays = t(m.spotifySays, { reason: isolate(error.message) });
  if (error.status === 403) return say(t(m.refusedTitle), spotifySays, 'sign-in');
  if (error.status === 404) return say(t(m.notFoundTitle), t(m.notFound), 'none');
  if (error.status === 429) {
    const wait = error.retryAfter;
    return say(
      t(m.rateLimitedTitle),
      wait !== undefined ? t(m.rateLimitedWait, { seconds: Math.ceil(wait) }) : t(m.rateLimited),
      'retry',
    );
  }
  if (error.status >= 500) return say(t(m.serverTitle), t(m.server), 'retry');
  return say(t(m.unexpectedTitle), spotifySays, 'retry');
}
