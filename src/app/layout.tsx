import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useSession } from '../auth/use-session';
import { AppLinkContext, type AppLinkProps } from '../components/app-link';
import { DemoControls, useDemoMode } from './demo-mode';
import { SiteFooter } from './site-footer';

// With the query cache, in the signed-in chunk: signed out, the header needs none of it.
const AccountMenu = lazy(async () => ({ default: (await import('./signed-in')).AccountMenu }));

/** In the router app, links inside the app navigate without a page load. */
function routerLink({ to, className, children }: AppLinkProps) {
  return (
    <Link to={to} className={className}>
      {children}
    </Link>
  );
}

export function Layout() {
  const session = useSession();
  const navigation = useNavigation();
  const demo = useDemoMode();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label="Heavy Rotation, home">
          <span className="brand-mark" aria-hidden="true" />
          Heavy Rotation
        </Link>
        {session ? (
          <>
            <nav className="main-nav" aria-label="Main">
              <NavLink to="/tracks">Top tracks</NavLink>
              <NavLink to="/artists">Top artists</NavLink>
              <NavLink to="/insights">Insights</NavLink>
              <NavLink to="/history">History</NavLink>
              <NavLink to="/import">Import</NavLink>
            </nav>
            <div className="account">
              <Suspense
                fallback={
                  // The menu's own shapes, unseen: the header keeps its height when it arrives.
                  <>
                    <span className="user-badge skeleton" aria-hidden="true" />
                    {demo ? null : (
                      <span className="button subtle" aria-hidden="true" style={{ visibility: 'hidden' }}>
                        Sign out
                      </span>
                    )}
                  </>
                }
              >
                <AccountMenu canSignOut={!demo} />
              </Suspense>
            </div>
          </>
        ) : null}
        {demo ? <DemoControls /> : null}
      </header>
      <div className={navigation.state === 'loading' ? 'progress active' : 'progress'} aria-hidden="true" />
      <main id="main" tabIndex={-1}>
        <AppLinkContext.Provider value={routerLink}>
          <Outlet />
        </AppLinkContext.Provider>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
