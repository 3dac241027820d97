import { createContext, useContext, type ReactNode } from 'react';
import { config } from '../config';
import { localePrefix } from '../i18n/i18n';

/** The address of a path inside the app (`/artist/x`), below the app's base and the page's language. */
export function appHref(path: string): string {
  return `${config.basePath}${localePrefix()}${path.replace(/^\//, '')}`;
}

export interface AppLinkProps {
  /** A path inside the app, e.g. "/setup". */
  to: string;
  className?: string;
  /** The link's accessible name, when its text alone would not say enough. */
  label?: string;
  children: ReactNode;
}

/**
 * A link inside the app that works with or without the router: the prerendered landing page
 * hydrates without react-router (a plain link, a page load), and the router app provides
 * its own client-side link through this context.
 */
export const AppLinkContext = createContext<(props: AppLinkProps) => ReactNode>(
  ({ to, className, label, children }) => (
    <a className={className} href={appHref(to)} aria-label={label}>
      {children}
    </a>
  ),
);

export function AppLink(props: AppLinkProps) {
  // A render function, not a component: it returns the element to use (a router Link, an <a>).
  const render = useContext(AppLinkContext);
  return render(props);
}
