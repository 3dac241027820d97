// The page's frame: skip link, header with the brand, progress bar, <main> and footer. One
// component for the prerendered start page (static-landing.tsx) and the router app
// (layout.tsx), so the two cannot drift. Router-free: links go through AppLink.
import type { ReactNode } from 'react';
import { AppLink } from '../../components/app-link';
import { SiteFooter } from './site-footer';
import { t } from '../../i18n/i18n';
import { shellMessages } from './messages';

export function Shell({
  header,
  loading = false,
  children,
}: {
  /** What the header shows after the brand: the sections, the account, demo mode. */
  header?: ReactNode;
  /** A navigation is under way: the progress bar runs. */
  loading?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t(shellMessages.skip)}
      </a>
      <header className="site-header">
        <AppLink to="/" className="brand" label={t(shellMessages.home)}>
          <span className="brand-mark" aria-hidden="true" />
          Heavy Rotation
        </AppLink>
        {header}
      </header>
      <div className={loading ? 'progress active' : 'progress'} aria-hidden="true" />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
