// The entry: small on purpose, so it runs the moment it arrives. React and the views come
// in chunks of their own (the pages preload them, see vite.config.ts), while this file
// starts what must not wait for them: on the sign-in callback, the code exchange, and the
// query cache's chunk, so the first API requests can leave the moment the token is in.
import { completeSignIn } from './auth/callback';
import { readDemoMode, readPendingAddressPrefix, readSession } from './auth/token-store';
import { applyPageLocale, readPageLocale } from './app/boot/page-locale';
import { CALLBACK_QUERY } from './app/boot/callback-query';
import { LIVE_EVENT } from './app/boot/live-event';
import { loadSignedIn } from './app/signed-in/signed-in-chunk';
import { applyTheme } from './app/shell/theme';
import './app/shell/styles.css';

applyTheme();

const container = document.getElementById('root')!;
const { pathname, search } = window.location;
const page = readPageLocale(pathname, navigator.languages, readPendingAddressPrefix());
const { path } = page;
// English, the source, is in the code; another language's catalog is one lazy chunk.
const localeReady = applyPageLocale(page);

// The build prerenders the signed-out start page into index.html; a first visit there
// hydrates it with no router at all. Everything else boots the router app.
if (path === '/' && !search && container.firstElementChild && !readSession() && !readDemoMode()) {
  void Promise.all([import('./app/boot/start-landing'), localeReady]).then(([{ startLanding }]) =>
    startLanding(container),
  );
} else {
  // On the sign-in callback, the code exchange need not wait for React or the router: the
  // /account loader joins this same exchange (it runs once per code) and reports its outcome.
  const callback = path === '/account' && CALLBACK_QUERY.test(search);
  if (callback) completeSignIn(new URLSearchParams(search)).catch(() => undefined);
  // The router app replaces whatever the page shows: the start page's loader may let go.
  window.dispatchEvent(new Event(LIVE_EVENT));
  void Promise.all([import('./app/boot/start-router'), localeReady]).then(([{ startRouter }]) =>
    startRouter(container),
  );
  // The loader sends /me and the landing page's requests from the query cache's chunk: it
  // loads during the exchange, asked for right after the router, not once the router runs.
  if (callback) loadSignedIn().catch(() => undefined);
}
