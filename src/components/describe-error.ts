import { isSpotifyError } from '../spotify/errors';

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

/** What went wrong, in the user's words, and what they can do about it. */
export function describeError(error: unknown, online = navigator.onLine): ErrorDescription {
  if (!isSpotifyError(error)) {
    return {
      title: 'Something went wrong',
      message: 'An unexpected error happened. Trying again usually helps.',
      action: 'retry',
    };
  }
  if (error.kind === 'signed-out') {
    return { title: 'Your session ended', message: 'Sign in again to pick up where you left off.', action: 'sign-in' };
  }
  if (error.kind === 'network') {
    return online
      ? {
          title: "Couldn't reach Spotify",
          message: 'The connection failed, or Spotify is limiting requests. Trying again in a moment usually works.',
          action: 'retry',
        }
      : {
          title: "You're offline",
          message: 'Nothing is lost: this page loads again by itself when you are back online.',
          action: 'retry',
        };
  }
  if (error.kind === 'invalid-response') {
    return {
      title: 'Spotify sent something unexpected',
      message: "Spotify's answer couldn't be read. Trying again may help.",
      action: 'retry',
    };
  }
  if (error.status === 403 && UNREGISTERED.test(error.message)) {
    return {
      title: "This Spotify account isn't on the app's user list",
      message:
        "Spotify says this account isn't on the app's user list yet. Apps in Spotify's development mode allow only 5 users: the app's owner can add your Spotify e-mail address under User Management in the Spotify Developer Dashboard, then you sign in again. Or run Heavy Rotation with your own client ID: create your own app in the dashboard and you're its first user.",
      action: 'own-client-id',
    };
  }
  if (error.status === 403 && SCOPE.test(error.message)) {
    return {
      title: 'Heavy Rotation needs one more permission',
      message: 'Spotify needs you to allow access to your top artists and tracks. Sign in again and agree to it.',
      action: 'sign-in-with-scope',
    };
  }
  if (error.status === 403) {
    return { title: 'Spotify refused this request', message: error.message, action: 'sign-in' };
  }
  if (error.status === 404) {
    return {
      title: 'Not found',
      message: "Spotify doesn't know this item. The link may be wrong or out of date.",
      action: 'none',
    };
  }
  if (error.status === 429) {
    return {
      title: 'Spotify asked us to slow down',
      message:
        error.retryAfter !== undefined
          ? `Too many requests. Spotify asked to wait ${Math.ceil(error.retryAfter)} seconds.`
          : 'Too many requests. Wait a moment, then try again.',
      action: 'retry',
    };
  }
  if (error.status >= 500) {
    return {
      title: 'Spotify is having trouble',
      message: "Spotify's servers answered with an error. Try again in a moment.",
      action: 'retry',
    };
  }
  return { title: 'Something went wrong', message: error.message, action: 'retry' };
}
