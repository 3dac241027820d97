import type { CallbackFailure } from '../../auth/callback';
import { safeReturnPath } from '../../auth/return-path';
import { AppLink } from '../../components/app-link';
import { SpotifyLogo } from '../../components/spotify-logo';
import { config } from '../../config';
import { useDemoMode } from '../demo/demo-flag';
import { t, type Message } from '../../i18n/i18n';
import { T } from '../../i18n/rich-text';
import { landingFailures, landingMessages as m, landingTour, landingTourLines } from './landing-messages';
import { SignInButton, TryDemoButton, useActiveClientId } from './sign-in-button';

/** The address Spotify refuses in redirect URIs (a host name, not text). */
const HOSTNAME = 'localhost';

// Every kind the callback reports has its message (a type check; no code).
const FAILURES: Record<CallbackFailure, Message> = landingFailures;

function isFailure(value: string | null): value is CallbackFailure {
  return value !== null && value in FAILURES;
}

/** The signed-out start page. Router-free: the build prerenders it and it hydrates without react-router. */
export function LandingPage({ params }: { params: URLSearchParams }) {
  const failure = params.get('signin');
  const returnTo = safeReturnPath(params.get('next') ?? '/tracks');
  // The build prerenders this page in Node, where there is no window (and no localhost).
  const onLocalhost = typeof window !== 'undefined' && window.location.hostname === HOSTNAME;
  const hasClientId = useActiveClientId() !== '';
  const demo = useDemoMode();
  return (
    <section className="page landing" aria-labelledby="landing-title">
      <div className="landing-hero">
        <div className="landing-intro">
          <h1 id="landing-title">
            <T msg={m.title} tags={{ em: (text) => <em>{text}</em> }} />
          </h1>
          <p className="lede">{t(m.lede)}</p>
          {isFailure(failure) ? (
            <p className="callout" role="alert">
              {t(FAILURES[failure])}
            </p>
          ) : null}
          {onLocalhost ? (
            <p className="callout" role="note">
              <T
                msg={m.localhost}
                values={{ localhost: <code>{HOSTNAME}</code> }}
                tags={{
                  link: (text) => <a href={window.location.href.replace(`//${HOSTNAME}`, '//127.0.0.1')}>{text}</a>,
                }}
              />
            </p>
          ) : null}
          {params.get('demo') === 'unavailable' ? (
            <p className="callout" role="alert">
              {t(m.demoUnavailable)}
            </p>
          ) : null}
          {/* Three ways in, side by side in weight: each a full-width button with one line on what it gives. */}
          <ul className="ways-in" aria-label={t(m.waysIn)}>
            <li>
              <SignInButton returnTo={returnTo} />
              {hasClientId ? <p className="way-hint">{t(m.signInHint)}</p> : null}
            </li>
            <li>
              <AppLink className="button" to="/import">
                {t(m.importLink)}
              </AppLink>
              <p className="way-hint">{t(m.importHint)}</p>
            </li>
            {hasClientId && !demo ? (
              <li>
                <TryDemoButton returnTo={returnTo} />
                <p className="way-hint">
                  <T msg={m.demoHint} tags={{ link: (text) => <AppLink to="/setup">{text}</AppLink> }} />
                </p>
              </li>
            ) : null}
          </ul>
        </div>
        <AppPreview />
      </div>
      <h2 className="tour-title">{t(m.tourTitle)}</h2>
      <ul className="tour">
        {TOUR.map((title, index) => (
          <li key={title.id}>
            <h3>{t(title)}</h3>
            <p>{t(TOUR_LINES[index]!)}</p>
          </li>
        ))}
      </ul>
      <details className="developer-note">
        <summary>{t(m.developerNote)}</summary>
        <p>
          {t(m.redirectUri)} {/* The prerendered page can't know the origin it will be served from. */}
          <code suppressHydrationWarning>{config.redirectUri}</code>
        </p>
      </details>
      <p className="works-with">
        <T msg={m.worksWith} values={{ logo: <SpotifyLogo size={18} /> }} />
      </p>
    </section>
  );
}

const TOUR = Object.values(landingTour);
const TOUR_LINES = Object.values(landingTourLines);

/**
 * Rows of the demo's top tracks, as the list draws them; covers are CSS gradients (styles.css), so
 * no image loads. The names are the demo catalogue's, the same in every language (data, not text).
 */
/* eslint-disable heavy-rotation/no-literal-text */
const PREVIEW_ROWS: readonly { title: string; artists: string; badge: string | Message; kind: string }[] = [
  { title: 'Honey Mirror', artists: 'The Electric Comets', badge: '▲3', kind: 'rising' },
  { title: 'Amber Parade', artists: 'Kofi Kowalski', badge: m.previewNew, kind: 'new' },
  {
    title: 'When the Garden Breaks',
    artists: 'The Glass Beacons, Dario Ferreira',
    badge: '★',
    kind: 'staple',
  },
  { title: 'Ribbon in the Morning', artists: 'Milo Ulloa', badge: '▼2', kind: 'falling' },
];
/* eslint-enable heavy-rotation/no-literal-text */

/**
 * A picture of the app that costs nothing to load: a slice of the demo's list in the page's own
 * HTML and CSS (no image request, laid out with the page, so nothing shifts). Seen, not read:
 * screen readers get one sentence for it.
 */
function AppPreview() {
  return (
    <div className="app-preview">
      <div className="app-preview-frame" role="img" aria-label={t(m.preview)}>
        <div className="app-preview-bar" aria-hidden="true">
          <span className="app-preview-title">{t(m.previewTitle)}</span>
          <span className="app-preview-tabs">
            <span className="current">{t(m.previewWeeks)}</span>
            <span>{t(m.previewMonths)}</span>
            <span>{t(m.previewYears)}</span>
          </span>
        </div>
        <ol className="app-preview-list" aria-hidden="true">
          {PREVIEW_ROWS.map((row, index) => (
            <li key={row.title}>
              <span className="rank">{index + 1}</span>
              <span className={`app-preview-cover cover-${index + 1}`} />
              <span className="item-main">
                <span className="item-title">{row.title}</span>
                <span className="item-sub">{row.artists}</span>
              </span>
              <span className={`movement-mark ${row.kind}`}>
                {typeof row.badge === 'string' ? row.badge : t(row.badge)}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
