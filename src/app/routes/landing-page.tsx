import type { CallbackFailure } from '../../auth/callback';
import { safeReturnPath } from '../../auth/return-path';
import { AppLink } from '../../components/app-link';
import { SpotifyLogo } from '../../components/spotify-logo';
import { config } from '../../config';
import { useDemoMode } from '../demo/demo-flag';
import { SignInButton, TryDemoButton, useActiveClientId } from './sign-in-button';

const FAILURES: Record<CallbackFailure, string> = {
  denied: "You cancelled on Spotify's page, so nothing was shared. Sign in whenever you like.",
  'provider-error': 'Spotify could not complete the sign-in. Try again in a moment.',
  'state-mismatch':
    "That sign-in response didn't match a sign-in started in this tab, so it was ignored to keep your account safe. Start again below.",
  'missing-code': 'Spotify came back without a sign-in code. Start again below.',
  'code-rejected': 'That sign-in link had expired or was already used. Start again below; it only takes a moment.',
  network: "Spotify couldn't be reached to finish signing in. Check your connection and try again.",
  unexpected: 'Signing in failed unexpectedly. Try again.',
};

function isFailure(value: string | null): value is CallbackFailure {
  return value !== null && value in FAILURES;
}

/** The signed-out start page. Router-free: the build prerenders it and it hydrates without react-router. */
export function LandingPage({ params }: { params: URLSearchParams }) {
  const failure = params.get('signin');
  const returnTo = safeReturnPath(params.get('next') ?? '/tracks');
  // The build prerenders this page in Node, where there is no window (and no localhost).
  const onLocalhost = typeof window !== 'undefined' && window.location.hostname === 'localhost';
  const hasClientId = useActiveClientId() !== '';
  const demo = useDemoMode();
  return (
    <section className="page landing" aria-labelledby="landing-title">
      <div className="landing-hero">
        <div className="landing-intro">
          <h1 id="landing-title">
            The songs and artists <em>you</em> can't stop playing.
          </h1>
          <p className="lede">
            Your most-played tracks and artists over 4 weeks, 6 months and a year, and how they move. It runs entirely
            in your browser: your sign-in stays in this tab and nothing is sent to any server but Spotify's.
          </p>
          {isFailure(failure) ? (
            <p className="callout" role="alert">
              {FAILURES[failure]}
            </p>
          ) : null}
          {onLocalhost ? (
            <p className="callout" role="note">
              Spotify does not accept <code>localhost</code> addresses for sign-in. Open{' '}
              <a href={window.location.href.replace('//localhost', '//127.0.0.1')}>this page on 127.0.0.1</a> instead.
            </p>
          ) : null}
          {params.get('demo') === 'unavailable' ? (
            <p className="callout" role="alert">
              The demo could not start in this browser: it needs service workers, which private windows and some
              settings turn off.
            </p>
          ) : null}
          {/* Three ways in, side by side in weight: each a full-width button with one line on what it gives. */}
          <ul className="ways-in" aria-label="Ways in">
            <li>
              <SignInButton returnTo={returnTo} />
              {hasClientId ? <p className="way-hint">Your own top lists, live.</p> : null}
            </li>
            <li>
              <AppLink className="button" to="/import">
                Import your data export
              </AppLink>
              <p className="way-hint">Spotify's file of your streams, read here. No sign-in.</p>
            </li>
            {hasClientId && !demo ? (
              <li>
                <TryDemoButton returnTo={returnTo} />
                <p className="way-hint">
                  Made-up listening, nothing to set up. Or <AppLink to="/setup">use your own client ID</AppLink>.
                </p>
              </li>
            ) : null}
          </ul>
        </div>
        <AppPreview />
      </div>
      <h2 className="tour-title">What it does</h2>
      <ul className="tour">
        {TOUR.map(([title, text]) => (
          <li key={title}>
            <h3>{title}</h3>
            <p>{text}</p>
          </li>
        ))}
      </ul>
      <details className="developer-note">
        <summary>Running your own copy?</summary>
        <p>
          Register this redirect URI for your app in the Spotify Developer Dashboard:{' '}
          {/* The prerendered page can't know the origin it will be served from. */}
          <code suppressHydrationWarning>{config.redirectUri}</code>
        </p>
      </details>
      <p className="works-with">
        Works with <SpotifyLogo size={18} />
      </p>
    </section>
  );
}

const TOUR: readonly (readonly [string, string])[] = [
  [
    'Top lists and movement',
    'Your top tracks and artists over three time ranges: what is new, rising, falling or a staple.',
  ],
  ['Insights', 'Decades, artists and genres of your top lists, as charts.'],
  ['History', 'What changed since your last visit, kept in this browser.'],
  ['Your data export', 'Your whole streaming history, by year, without signing in.'],
  ['Export and share', 'Any list as CSV or JSON, or a top-10 card to share.'],
  ['Playlists', 'Save a top-tracks list as a private playlist.'],
];

/** Rows of the demo's top tracks, as the list draws them; covers are CSS gradients (styles.css), so no image loads. */
const PREVIEW_ROWS: readonly { title: string; artists: string; badge: string; kind: string }[] = [
  { title: 'Honey Mirror', artists: 'The Electric Comets', badge: '▲3', kind: 'rising' },
  { title: 'Amber Parade', artists: 'Kofi Kowalski', badge: 'New', kind: 'new' },
  {
    title: 'When the Garden Breaks',
    artists: 'The Glass Beacons, Dario Ferreira',
    badge: '★',
    kind: 'staple',
  },
  { title: 'Ribbon in the Morning', artists: 'Milo Ulloa', badge: '▼2', kind: 'falling' },
];

/**
 * A picture of the app that costs nothing to load: a slice of the demo's list in the page's own
 * HTML and CSS (no image request, laid out with the page, so nothing shifts). Seen, not read:
 * screen readers get one sentence for it.
 */
function AppPreview() {
  return (
    <div className="app-preview">
      <div className="app-preview-frame" role="img" aria-label="Heavy Rotation's top tracks list, with movement badges">
        <div className="app-preview-bar" aria-hidden="true">
          <span className="app-preview-title">Your top tracks</span>
          <span className="app-preview-tabs">
            <span className="current">4 weeks</span>
            <span>6 months</span>
            <span>1 year</span>
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
              <span className={`movement-mark ${row.kind}`}>{row.badge}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
