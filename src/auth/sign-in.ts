// Leaving for Spotify's consent page: PKCE (RFC 7636) with a fresh verifier and state, kept
// in this tab for the callback (callback.ts).
import { config } from '../config';
import { activeClientId } from './active-client-id';
import { buildAuthorizeUrl } from './authorize-url';
import { activeEndpoints } from './endpoints';
import { createCodeChallenge, createCodeVerifier, randomString } from './pkce';
import { safeReturnPath } from './return-path';
import { SIGN_IN_SCOPES, type Scope } from './scopes';
import { tokenEndpoint } from './token-client';
import { readDemoMode, writePendingSignIn } from './token-store';
import { localePrefix } from '../i18n/i18n';

export async function beginSignIn(options: { returnTo: string; scopes?: readonly Scope[]; showDialog?: boolean }) {
  const clientId = activeClientId();
  const verifier = createCodeVerifier();
  const state = randomString(32);
  const codeChallenge = await createCodeChallenge(verifier);
  const { accountsUrl } = activeEndpoints();
  writePendingSignIn({
    verifier,
    state,
    returnTo: safeReturnPath(options.returnTo),
    clientId,
    createdAt: Date.now(),
    addressPrefix: localePrefix(),
    // The callback page may send the exchange before its code runs; the demo's cannot.
    ...(readDemoMode() ? {} : { tokenUrl: tokenEndpoint(accountsUrl), redirectUri: config.redirectUri }),
  });
  const url = buildAuthorizeUrl({
    accountsUrl,
    clientId,
    redirectUri: config.redirectUri,
    state,
    codeChallenge,
    scopes: options.scopes ?? SIGN_IN_SCOPES,
    showDialog: options.showDialog,
  });
  window.location.assign(url.href);
}
