import { Link, useLocation } from 'react-router';
import { beginSignIn } from '../auth/sign-in';
import { SIGN_IN_SCOPES, type Scope } from '../auth/scopes';
import { describeError } from './describe-error';
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
              Try again
            </button>
          )}
          {action === 'sign-in' && (
            <button type="button" className="button primary" onClick={() => signIn()}>
              Sign in again
            </button>
          )}
          {action === 'own-client-id' && (
            <>
              {/* The bring-your-own-client-ID setup screen. */}
              <Link className="button primary" to="/setup">
                Use your own client ID
              </Link>
              <button type="button" className="button" onClick={() => signIn()}>
                Sign in again
              </button>
            </>
          )}
          {action === 'sign-in-with-scope' && (
            <button type="button" className="button primary" onClick={() => signIn(withScope)}>
              Sign in and allow access
            </button>
          )}
        </>
      }
    >
      <p>{message}</p>
    </ErrorPanel>
  );
}
