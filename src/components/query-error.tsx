import { useLocation } from 'react-router';
import { beginSignIn } from '../auth/session';
import type { Scope } from '../auth/scopes';
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
          {action === 'sign-in-with-scope' && (
            <button type="button" className="button primary" onClick={() => signIn(['user-top-read', scope])}>
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
