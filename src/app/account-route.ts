import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { CallbackError, completeSignIn } from '../auth/session';
import { hasPendingSignIn, readSession } from '../auth/token-store';

/**
 * The `/account` callback. The code is exchanged here, in the loader, once; the redirect
 * that follows replaces the callback URL, so `code` and `state` leave the address bar
 * and the history.
 */
export function accountLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const params = new URL(request.url).searchParams;
    // No OAuth parameters and no sign-in under way: a bookmark or a typed address, not a
    // callback, so there is nothing to report. With a sign-in under way, whatever came back
    // is checked (and refused) like any other response.
    if (!params.has('code') && !params.has('error') && !params.has('state') && !hasPendingSignIn()) {
      return redirect(readSession() ? '/tracks' : '/');
    }
    try {
      const { returnTo } = await completeSignIn(params);
      // A fresh sign-in starts with an empty cache: nothing of a previous user survives.
      queryClient.clear();
      return redirect(returnTo === '/' ? '/tracks' : returnTo);
    } catch (error) {
      const kind = error instanceof CallbackError ? error.kind : 'unexpected';
      // A reload of an old callback URL by a signed-in user: nothing to do.
      if (kind === 'state-mismatch' && readSession()) return redirect('/tracks');
      const next =
        error instanceof CallbackError && error.returnTo ? `&next=${encodeURIComponent(error.returnTo)}` : '';
      return redirect(`/?signin=${kind}${next}`);
    }
  };
}
