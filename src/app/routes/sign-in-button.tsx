import { useState, useSyncExternalStore } from 'react';
import { subscribeClientId } from '../../auth/client-id';
import { activeClientId } from '../../auth/active-client-id';
import { beginSignIn } from '../../auth/sign-in';
import { subscribe, writeDemoMode } from '../../auth/token-store';
import { AppLink } from '../../components/app-link';
import { SpotifyLogo } from '../../components/spotify-logo';
import { config } from '../../config';
import { t } from '../../i18n/i18n';
import { signInMessages as m } from './sign-in-messages';

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

export function SignInButton({ returnTo, label = t(m.signIn) }: { returnTo: string; label?: string }) {
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const clientId = useActiveClientId();
  if (!clientId) {
    return (
      <>
        <p className="callout">{t(m.noClientId)}</p>
        <div className="sign-in-options">
          <AppLink className="button primary" to="/setup">
            {t(m.ownClientId)}
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
        {leaving ? t(m.opening) : label}
      </button>
      {failed ? (
        <p role="alert" className="callout">
          {t(m.cryptoFailed)}
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
        {t(leaving ? m.startingDemo : m.tryDemo)}
      </button>
      {failed ? (
        <p role="alert" className="callout">
          {t(m.cryptoFailed)}
        </p>
      ) : null}
    </>
  );
}
