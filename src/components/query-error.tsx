import { Link, useLocation } from 'react-router';
import { beginSignIn } from '../auth/sign-in';
import { SIGN_IN_SCOPES, type Scope } from '../auth/scopes';
import { t } from '../i18n/i18n';
import { describeError } from './describe-error';
import { errorMessages } from './error-messages';
import { ErrorPanel } from './error-panel';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** The scope to ask for when Spotify says one is missing. */
  scope?: Scope;
}

export function QueryError({ error, onRetry, scope = 'user-top-read' }: QueryErrorProps) {
  const location = useLocation();
  const { title, message, action } = describeError(error);
  const returnTo = location.pathname + location.search;
  const signIn = (scopes?: Scope[]) => void beginSignIn({ returnTo, scopes, showDialog: true });
  // Ask for what signing in asks for, plus the scope Spotify said was missing; each once.
  const withScope = [...new Set([...SIGN_IN_SCOPES, scope])];
  return (
    <ErrorPanel
      title={title}
      actions={
        <>
          {action === 'retry' && (
            <button type="button" className="button primary" onClick={onRetry}>
              {t(errorMessages.tryAgain)}
            </button>
          )}
          {action === 'sign-in' && (
            <button type="button" className="button primary" onClick={() => signIn()}>
              {t(errorMessages.signInAgain)}
            </button>
          )}
          {action === 'own-client-id' && (
            <>
              {/* The bring-your-own-client-ID setup screen. */}
              <Link className="button primary" to="/setup">
                {t(errorMessages.ownClientId)}
              </Link>
              <button type="button" className="button" onClick={() => signIn()}>
                {t(errorMessages.signInAgain)}
              </button>
            </>
          )}
          {action === 'sign-in-with-scope' && (
            <button type="button" className="button primary" onClick={() => signIn(withScope)}>
              {t(errorMessages.signInAllow)}
            </button>
          )}
        </>
      }
    >
      <p>{message}</p>
    </ErrorPanel>
  );
}
