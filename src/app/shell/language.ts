// Switching the language: the choice is kept on this device (a display preference, as the
// theme is) and the same page opens at the language's address, where every page of that
// language lives (`/de/tracks`), so a shared link carries it.
import { config } from '../../config';
import { localePrefix } from '../../i18n/i18n';
import { LANGUAGE_KEY, localeSegment, type Locale } from '../../i18n/locales';

/** The current address with another language's segment in place of the page's own. */
export function addressIn(locale: Locale, location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const inApp = location.pathname.slice(config.basePath.length + localePrefix().length);
  return `${config.basePath}${localeSegment(locale)}/${inApp}${location.search}${location.hash}`;
}

export function switchLanguage(locale: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    // Storage refused (private mode): the address still carries the choice.
  }
  window.location.assign(addressIn(locale, window.location));
}
