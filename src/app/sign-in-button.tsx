import { useState } from 'react';
import { beginSignIn } from '../auth/session';
import { SpotifyLogo } from '../components/spotify-logo';
import { config } from '../config';

export function SignInButton({ returnTo, label = 'Sign in with Spotify' }: { returnTo: string; label?: string }) {
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!config.clientId) {
    return (
      <p className="callout">
        This copy of Heavy Rotation has no Spotify client ID configured, so it cannot sign in. Its owner sets
        <code> VITE_SPOTIFY_CLIENT_ID</code> when building it.
      </p>
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
          This browser could not start a secure sign-in (Web Crypto is unavailable). Open the app over https or on
          127.0.0.1.
        </p>
      ) : null}
    </>
  );
}
