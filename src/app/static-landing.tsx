// The signed-out start page as the build prerenders it and the first visit hydrates it:
// the same page as in the router app, without react-router, so the first visit downloads
// no router. Every other address boots the router app (main.ts).
import { config } from '../config';
import { LandingPage } from './landing-page';
import { SiteFooter } from './site-footer';

export function StaticLanding() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={config.basePath} aria-label="Heavy Rotation, home">
          <span className="brand-mark" aria-hidden="true" />
          Heavy Rotation
        </a>
      </header>
      <div className="progress" aria-hidden="true" />
      <main id="main" tabIndex={-1}>
        <LandingPage params={new URLSearchParams()} />
      </main>
      <SiteFooter />
    </>
  );
}
