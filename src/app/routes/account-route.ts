import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { CallbackError, completeSignIn } from '../../auth/callback';
import { hasPendingSignIn, readSession } from '../../auth/token-store';
import { loadSignedIn } from '../signed-in/signed-in-chunk';

/**
 * The `/account` callback. The code is exchanged here, in the loader, once; the redirect
 * that follows replaces the callback URL, so `code` and `state` leave the address bar
 * and the history. Signed in, the landing page's loaders in `routes` fill `queryClient` at once.
 */
export const accountLoader =
  (queryClient: () => Promise<QueryClient>, routes: () => RouteObject[]) =>
  async ({ request }: LoaderFunctionArgs) => {
    const params = new URL(request.url).searchParams;
    // No OAuth parameters and no sign-in under way: a bookmark or a typed address, not a
    // callback, so there is nothing to report. With a sign-in under way, whatever came back
    // is checked (and refused) like any other response.
    if (!params.has('code') && !params.has('error') && !params.has('state') && !hasPendingSignIn()) {
      return redirect(readSession() ? '/tracks' : '/');
    }
    try {
      // The query cache's chunk has been loading since the entry (main.ts): once the token is in,
      // a microtask or two, and the landing page's requests leave before the redirect renders it.
      // The views' code is the redirect's to load, after them: evaluated during the exchange, it
      // held up the token's answer on a busy machine.
      const [{ returnTo }, signedIn, client] = await Promise.all([
        completeSignIn(params),
        loadSignedIn().catch(() => null),
        queryClient().catch(() => null),
      ]);
      const target = returnTo === '/' ? '/tracks' : returnTo;
      // A fresh cache, and the landing page's requests sent, before the redirect renders it.
      if (signedIn && client) signedIn.startSignedIn(client, routes(), target);
      return redirect(target);
    } catch (error) {
      const kind = error instanceof CallbackError ? error.kind : 'unexpected';
      // A reload of an old callback URL by a signed-in user: nothing to do.
      if (kind === 'state-mismatch' && readSession()) return redirect('/tracks');
      const next =
        error instanceof CallbackError && error.returnTo ? `&next=${encodeURIComponent(error.returnTo)}` : '';
      return redirect(`/?signin=${kind}${next}`);
    }
  };
