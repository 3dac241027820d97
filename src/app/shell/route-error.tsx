import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { t } from '../../i18n/i18n';
import { shellMessages } from './messages';

/** The last line of defence: anything a view didn't catch lands here, never on a white screen. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="page">
      <ErrorPanel
        title={t(notFound ? shellMessages.notFoundTitle : shellMessages.errorTitle)}
        actions={
          <>
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              {t(shellMessages.reload)}
            </button>
            <Link className="button" to="/">
              {t(shellMessages.homeButton)}
            </Link>
          </>
        }
      >
        <p>{t(notFound ? shellMessages.notFound : shellMessages.error)}</p>
      </ErrorPanel>
    </main>
  );
}

export function NotFoundPage() {
  return (
    <section className="page">
      <ErrorPanel
        title={t(shellMessages.notFoundTitle)}
        actions={
          <Link className="button primary" to="/">
            {t(shellMessages.goHome)}
          </Link>
        }
      >
        <p>{t(shellMessages.notFound)}</p>
      </ErrorPanel>
    </section>
  );
}
