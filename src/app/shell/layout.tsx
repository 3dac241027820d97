import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useSession } from '../../auth/use-session';
import { AppLinkContext, type AppLinkProps } from '../../components/app-link';
import { DemoControls, useDemoMode } from '../demo/demo-mode';
import { useSignedInChunk } from '../signed-in/use-signed-in-chunk';
import { useSignOut } from './sign-out';
import { Shell } from './shell';
import { t } from '../../i18n/i18n';
import { layoutMessages } from './messages';

/** In the router app, links inside the app navigate without a page load. */
function routerLink({ to, className, label, children }: AppLinkProps) {
  return (
    <Link to={to} className={className} aria-label={label}>
      {children}
    </Link>
  );
}

export function Layout() {
  const session = useSession();
  const navigation = useNavigation();
  const demo = useDemoMode();
  // The query cache and the account menu come with the signed-in chunk: signed out, the page
  // needs neither (the root loader fetches it first whenever there is a session).
  const signedIn = useSignedInChunk();
  const signOut = useSignOut();
  const header = (
    <>
      {session ? (
        <div className="account">
          {signedIn ? (
            <signedIn.AccountMenu onSignOut={demo ? undefined : signOut} />
          ) : (
            // The menu's own shapes, unseen: the header keeps its height when it arrives.
            <>
              <span className="user-badge skeleton" aria-hidden="true" />
              {demo ? null : (
                <span className="button subtle" aria-hidden="true" style={{ visibility: 'hidden' }}>
                  {t(layoutMessages.signOut)}
                </span>
              )}
            </>
          )}
        </div>
      ) : null}
      {demo ? <DemoControls /> : null}
      {/* After the account in the document as on screen (a row of its own), so Tab follows the eye. */}
      {session ? (
        <nav className="main-nav" aria-label={t(layoutMessages.mainNav)}>
          <NavLink to="/tracks">{t(layoutMessages.navTracks)}</NavLink>
          <NavLink to="/artists">{t(layoutMessages.navArtists)}</NavLink>
          <NavLink to="/insights">{t(layoutMessages.navInsights)}</NavLink>
          <NavLink to="/history">{t(layoutMessages.navHistory)}</NavLink>
          <NavLink to="/import">{t(layoutMessages.navImport)}</NavLink>
        </nav>
      ) : null}
    </>
  );
  const page = (
    <AppLinkContext.Provider value={routerLink}>
      <Shell header={header} loading={navigation.state === 'loading'}>
        <Outlet />
      </Shell>
      <ScrollRestoration />
    </AppLinkContext.Provider>
  );
  // One provider for the header's account menu and the page alike.
  return signedIn ? <signedIn.QueryScope>{page}</signedIn.QueryScope> : page;
}
