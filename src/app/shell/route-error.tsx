import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';

/** The last line of defence: anything a view didn't catch lands here, never on a white screen. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="page">
      <ErrorPanel
        title={notFound ? 'Page not found' : 'Something went wrong'}
        actions={
          <>
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              Reload
            </button>
            <Link className="button" to="/">
              Home
            </Link>
          </>
        }
      >
        <p>
          {notFound
            ? "There's nothing at this address."
            : 'This page hit an unexpected problem. Reloading usually fixes it; your sign-in is kept.'}
        </p>
      </ErrorPanel>
    </main>
  );
}

export function NotFoundPage() {
  return (
    <section className="page">
      <ErrorPanel
        title="Page not found"
        actions={
          <Link className="button primary" to="/">
            Go home
          </Link>
        }
      >
        <p>There's nothing at this address.</p>
      </ErrorPanel>
    </section>
  );
}
