import { useLocation } from 'react-router';
import { useSignedOutReason } from '../../auth/use-session';
import { SignInButton } from './sign-in-button';

const REASONS = {
  'session-ended': {
    title: 'Your session ended',
    text: 'Spotify ended this sign-in: sign-ins last up to six months, and access can be removed in your Spotify account. Sign in again to come back to this page.',
  },
  'session-rejected': {
    title: 'Spotify no longer accepts this sign-in',
    text: 'Spotify turned down this session even after renewing it. Sign in again to come back to this page.',
  },
} as const;

/** Shown in place of a page that needs a session, so signing in returns right here. */
export function SignInScreen() {
  const location = useLocation();
  const reason = useSignedOutReason();
  const copy = reason
    ? REASONS[reason]
    : {
        title: 'Sign in to see this page',
        text: 'This page shows your own listening, so Heavy Rotation needs you to sign in with Spotify first.',
      };
  return (
    <section className="page sign-in-screen" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{copy.title}</h1>
      <p>{copy.text}</p>
      <SignInButton returnTo={location.pathname + location.search} label={reason ? 'Sign in again' : undefined} />
    </section>
  );
}
