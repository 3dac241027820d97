import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { completeSignIn } from './auth/session';
import { readDemoMode, readSession } from './auth/token-store';
import { StaticLanding } from './app/static-landing';
import { applyTheme } from './app/theme';
import { config } from './config';
import './app/styles.css';

applyTheme();

const container = document.getElementById('root')!;
const { pathname, search } = window.location;
const path = `/${pathname.slice(config.basePath.length)}`;

// The build prerenders the signed-out start page into index.html; a first visit there
// hydrates it with no router at all. Everything else boots the router app.
if (path === '/' && !search && container.firstElementChild && !readSession() && !readDemoMode()) {
  hydrateRoot(
    container,
    <StrictMode>
      <StaticLanding />
    </StrictMode>,
  );
} else {
  // On the sign-in callback, the code exchange need not wait for the router's code: the
  // /account loader joins this same exchange (it runs once per code) and reports its outcome.
  if (path === '/account' && /[?&](code|error|state)=/.test(search)) {
    completeSignIn(new URLSearchParams(search)).catch(() => undefined);
  }
  void import('./app/start-router').then(({ startRouter }) => startRouter(container));
}
