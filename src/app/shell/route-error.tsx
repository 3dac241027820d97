import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { t } from '../../i18n/i18n';
import { layoutMessages } from './messages';

/** The last line of defence: anything a view didn't catch lands here, never on a white screen. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="page">
      <title>{`${t(notFound ? layoutMessages.notFoundTitle : layoutMessages.errorTitle)} · Heavy Rotation`}</title>
      <ErrorPanel
        title={t(notFound ? layoutMessages.notFoundTitle : layoutMessages.errorTitle)}
        actions={
          <>
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              {t(layoutMessages.reload)}
            </button>
            <Link className="button" to="/">
              {t(layoutMessages.homeButton)}
            </Link>
          </>
        }
      >
        <p>{t(notFound ? layoutMessages.notFound : layoutMessages.error)}</p>
      </ErrorPanel>
    </main>
  );
}

export function NotFoundPage() {
  return (
    <section className="page">
      <title>{`${t(layoutMessages.notFoundTitle)} · Heavy Rotation`}</title>
      <ErrorPanel
        title={t(layoutMessages.notFoundTitle)}
        actions={
          <Link className="button primary" to="/">
            {t(layoutMessages.goHome)}
          </Link>
        }
      >
        <p>{t(layoutMessages.notFound)}</p>
      </ErrorPanel>
    </section>
  );
}
