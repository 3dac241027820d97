// The first visit's start page: hydrates the prerendered HTML (see main.ts) with no router.
import { StrictMode, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { LIVE_EVENT } from './live-event';
import { StaticLanding } from './static-landing';

export function startLanding(container: HTMLElement): void {
  hydrateRoot(
    container,
    <StrictMode>
      <Live>
        <StaticLanding />
      </Live>
    </StrictMode>,
  );
}

/** Tells the page's loader the page is live: effects run once hydration has committed. */
function Live({ children }: { children: ReactNode }) {
  useEffect(() => {
    window.dispatchEvent(new Event(LIVE_EVENT));
  }, []);
  return children;
}
