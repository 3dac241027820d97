import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { config } from '../config';
import { localePrefix } from '../i18n/i18n';

/** Marks a plain `<a href={appHref(…)}>` as a link inside the app, for `useDelegatedLinks`. */
export const APP_LINK = { 'data-app-link': '' } as const;

/**
 * One click handler for a container of in-app links (`<a href={appHref(…)} {...APP_LINK}>`):
 * a plain click navigates without a page load, as the router's `<Link>` does; a click with a
 * modifier key or another button is left to the browser (a new tab, a download). Long lists
 * use this instead of a `<Link>` per row, which costs a component and its hooks per link.
 */
export function useDelegatedLinks(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest?.('a[data-app-link]');
    if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
    const url = new URL(link.href);
    const base = `${config.basePath}${localePrefix()}`;
    if (url.origin !== window.location.origin || !url.pathname.startsWith(base)) return;
    event.preventDefault();
    void navigate(`/${url.pathname.slice(base.length)}${url.search}${url.hash}`);
  };
}
