import { useLocation } from 'react-router';
import { useSignedOutReason } from '../../auth/use-session';
import { t } from '../../i18n/i18n';
import { SignInButton } from './sign-in-button';
import { signInScreenMessages as m } from './sign-in-screen-messages';

const REASONS = {
  'session-ended': { title: m.ended, text: m.endedText },
  'session-rejected': { title: m.rejected, text: m.rejectedText },
} as const;

/** Shown in place of a page that needs a session, so signing in returns right here. */
export function SignInScreen() {
  const location = useLocation();
  const reason = useSignedOutReason();
  const copy = reason ? REASONS[reason] : { title: m.needed, text: m.neededText };
  return (
    <section className="page sign-in-screen" aria-labelledby="sign-in-title">
      <title>{t(m.documentTitle)}</title>
      <h1 id="sign-in-title">{t(copy.title)}</h1>
      <p>{t(copy.text)}</p>
      <SignInButton returnTo={location.pathname + location.search} label={reason ? t(m.again) : undefined} />
    </section>
  );
}
