import { safeReturnPath, type CallbackFailure } from '../auth/session';
import { AppLink } from '../components/app-link';
import { SpotifyLogo } from '../components/spotify-logo';
import { config } from '../config';
import { useDemoMode } from './demo-flag';
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
      <h1 id="landing-title">
        The songs and artists <em>you</em> can't stop playing.
      </h1>
      <p className="lede">
        Heavy Rotation shows your most-played tracks and artists on Spotify over the last 4 weeks, 6 months and year. It
        runs entirely in your browser: your sign-in stays in this tab and nothing is sent to any server but Spotify's.
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
      <div className="landing-actions">
        {params.get('demo') === 'unavailable' ? (
          <p className="callout" role="alert">
            The demo could not start in this browser: it needs service workers, which private windows and some settings
            turn off.
          </p>
        ) : null}
        <SignInButton returnTo={returnTo} />
        {hasClientId && !demo ? (
          <div className="sign-in-options">
            <TryDemoButton returnTo={returnTo} />
            <AppLink to="/setup">Use your own client ID</AppLink>
          </div>
        ) : null}
        <p className="import-way">
          <AppLink to="/import">Import your Spotify data export</AppLink>: every play since your account began, by year
          or any dates, read in your browser. No sign-in needed.
        </p>
      </div>
      <ul className="feature-list">
        <li>Your top 100+ tracks and top artists, ranked, for three time ranges</li>
        <li>Artist pages with genres, followers and popularity where Spotify provides them</li>
        <li>Everything links back to Spotify to play it there</li>
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
