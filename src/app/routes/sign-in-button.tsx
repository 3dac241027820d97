import { useState, useSyncExternalStore } from 'react';
import { subscribeClientId } from '../../auth/client-id';
import { activeClientId } from '../../auth/active-client-id';
import { beginSignIn } from '../../auth/sign-in';
import { subscribe, writeDemoMode } from '../../auth/token-store';
import { AppLink } from '../../components/app-link';
import { SpotifyLogo } from '../../components/spotify-logo';
import { config } from '../../config';

function subscribeToClientId(listener: () => void): () => void {
  const unsubscribeStored = subscribeClientId(listener);
  const unsubscribeDemo = subscribe(listener);
  return () => {
    unsubscribeStored();
    unsubscribeDemo();
  };
}

/** The client ID signing in would use (the demo's, the user's own, or the build's); '' when there is none. */
export function useActiveClientId(): string {
  // Prerendered (and first hydrated) with the build's own client ID; a stored one replaces it after.
  return useSyncExternalStore(subscribeToClientId, activeClientId, () => config.clientId);
}

const CRYPTO_FAILED =
  'This browser could not start a secure sign-in (Web Crypto is unavailable). Open the app over https or on 127.0.0.1.';

export function SignInButton({ returnTo, label = 'Sign in with Spotify' }: { returnTo: string; label?: string }) {
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const clientId = useActiveClientId();
  if (!clientId) {
    return (
      <>
        <p className="callout">
          This copy of Heavy Rotation has no Spotify client ID of its own yet. Use your own Spotify app (it takes a few
          minutes), or look around with demo data.
        </p>
        <div className="sign-in-options">
          <AppLink className="button primary" to="/setup">
            Use your own client ID
          </AppLink>
          <TryDemoButton returnTo={returnTo} />
        </div>
      </>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button primary sign-in"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          beginSignIn({ returnTo }).catch(() => {
            setLeaving(false);
            setFailed(true);
          });
        }}
      >
        <SpotifyLogo size={20} label="" />
        {leaving ? 'Opening Spotify…' : label}
      </button>
      {failed ? (
        <p role="alert" className="callout">
          {CRYPTO_FAILED}
        </p>
      ) : null}
    </>
  );
}

const noSubscription = () => () => {};
const hasServiceWorkers = () => 'serviceWorker' in navigator;

/** Starts the in-browser demo: the same sign-in, against the emulator, with made-up data. */
export function TryDemoButton({ returnTo = '/tracks' }: { returnTo?: string }) {
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const supported = useSyncExternalStore(noSubscription, hasServiceWorkers, () => true);
  // The demo answers requests from a service worker: none here (old browser, insecure origin), no demo.
  if (!supported) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          writeDemoMode(true);
          beginSignIn({ returnTo }).catch(() => {
            writeDemoMode(false);
            setLeaving(false);
            setFailed(true);
          });
        }}
      >
        {leaving ? 'Starting the demo…' : 'Try the demo'}
      </button>
      {failed ? (
        <p role="alert" className="callout">
          {CRYPTO_FAILED}
        </p>
      ) : null}
    </>
  );
}
