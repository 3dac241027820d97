// The sign-in callback: Spotify's answer checked against the sign-in this tab started
// (sign-in.ts), and the code exchanged for a session, once per code.
import { config } from '../config';
import { takeEarlyExchange } from './early-exchange';
import { activeEndpoints } from './endpoints';
import { AuthError, exchangeCode, tokenEndpoint } from './token-client';
import { sessionFrom } from './token-session';
import { takePendingSignIn, writeSession } from './token-store';

export type CallbackFailure =
  'denied' | 'provider-error' | 'state-mismatch' | 'missing-code' | 'code-rejected' | 'network' | 'unexpected';

export class CallbackError extends Error {
  override name = 'CallbackError';
  constructor(
    readonly kind: CallbackFailure,
    message: string,
    /** Where the user was going, when the response was theirs (state matched). */
    readonly returnTo?: string,
  ) {
    super(message);
  }
}

// The code exchange runs once per code, however often the callback is handled
// (React StrictMode, a revalidating loader, a double click).
const exchanges = new Map<string, Promise<{ returnTo: string }>>();

/**
 * Finish a sign-in from the callback's query string. Exchanges the code exactly once,
 * and only when `state` matches the one this tab stored before leaving.
 */
export function completeSignIn(params: URLSearchParams): Promise<{ returnTo: string }> {
  const key = params.get('code') ?? `error:${params.toString()}`;
  let exchange = exchanges.get(key);
  if (!exchange) {
    exchange = runCallback(params);
    exchanges.set(key, exchange);
  }
  return exchange;
}

async function runCallback(params: URLSearchParams): Promise<{ returnTo: string }> {
  // Whatever happens next, this state and verifier are spent, and so is an exchange the page's
  // head sent with them.
  const pending = takePendingSignIn();
  const early = takeEarlyExchange();
  const state = params.get('state');
  const error = params.get('error');
  if (!pending || !state || state !== pending.state) {
    throw new CallbackError(
      'state-mismatch',
      'This sign-in response does not match a sign-in started in this tab, so it was ignored.',
    );
  }
  if (error === 'access_denied') {
    throw new CallbackError('denied', 'You chose not to give Heavy Rotation access.', pending.returnTo);
  }
  if (error) {
    throw new CallbackError('provider-error', `Spotify could not complete the sign-in (${error}).`, pending.returnTo);
  }
  const code = params.get('code');
  if (!code) {
    throw new CallbackError('missing-code', 'Spotify sent no sign-in code back.', pending.returnTo);
  }
  try {
    const { accountsUrl } = activeEndpoints();
    // Taken only when it is the very request this would send now.
    const sent =
      early?.code === code && early.url === tokenEndpoint(accountsUrl) && pending.redirectUri === config.redirectUri
        ? early.response
        : undefined;
    const token = await exchangeCode(
      { accountsUrl, clientId: pending.clientId, code, redirectUri: config.redirectUri, verifier: pending.verifier },
      undefined,
      sent,
    );
    writeSession(sessionFrom(token, pending.clientId, null));
    return { returnTo: pending.returnTo };
  } catch (cause) {
    if (cause instanceof AuthError && cause.code === 'network') {
      throw new CallbackError('network', 'Could not reach Spotify to finish signing in.', pending.returnTo);
    }
    if (cause instanceof AuthError && cause.code === 'invalid_grant') {
      throw new CallbackError('code-rejected', 'This sign-in link has expired or was already used.', pending.returnTo);
    }
    throw new CallbackError(
      'unexpected',
      cause instanceof Error ? cause.message : 'Signing in failed.',
      pending.returnTo,
    );
  }
}
