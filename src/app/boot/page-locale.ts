// Which language this page speaks, decided before anything renders (main.ts): the address's
// own segment (`/de/…`), else the choice kept on this device, else the browser's languages.
// A page that names no language but speaks one other than English moves to that language's
// address, so what a listener shares or bookmarks opens the same way.
import { config } from '../../config';
import { setLocale } from '../../i18n/i18n';
import { loadCatalog } from '../../i18n/load-catalog';
import { isRightToLeft, LANGUAGE_KEY, localeSegment, pickLocale, type Locale } from '../../i18n/locales';

function storedChoice(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

export interface PageLocale {
  locale: Locale;
  /** The address segment the page's addresses carry (`de/`), or empty. */
  prefix: string;
  /** The path inside the app, without base or language: `/`, `/tracks`. */
  path: string;
}

/**
 * @param callbackPrefix on the sign-in callback (whose address Spotify fixes), the language segment
 *   the sign-in began under: the callback returns to the same language.
 */
export function readPageLocale(pathname: string, languages: readonly string[], callbackPrefix = ''): PageLocale {
  const inApp = pathname.slice(config.basePath.length);
  const segment = /^([^/]+)(?:\/|$)/.exec(inApp)?.[1];
  const callback = segment === 'account';
  const locale = pickLocale(callback ? callbackPrefix.slice(0, -1) : segment, storedChoice(), languages);
  const named = !callback && segment === localeSegment(locale);
  const rest = named ? inApp.slice(segment.length + 1) : inApp;
  const prefix = named || (callback && callbackPrefix) || locale !== 'en' ? `${localeSegment(locale)}/` : '';
  return { locale, prefix, path: `/${rest}` };
}

/** Applies the page's language: its catalog, `<html lang dir>`, and its address. */
export async function applyPageLocale(page: PageLocale): Promise<void> {
  const catalog = page.locale === 'en' ? {} : await loadCatalog(page.locale);
  setLocale(page.locale, catalog, page.prefix);
  const root = document.documentElement;
  root.lang = page.locale;
  root.dir = isRightToLeft(page.locale) ? 'rtl' : 'ltr';
  const address = `${config.basePath}${page.prefix}${page.path.slice(1)}`;
  if (window.location.pathname !== address) {
    history.replaceState(history.state, '', `${address}${window.location.search}${window.location.hash}`);
  }
}
