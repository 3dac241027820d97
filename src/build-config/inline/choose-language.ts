// The first script in the start page's head at the app's root (build-config/plugins/prerender.ts):
// a listener whose kept choice or browser prefers another of our languages gets that language's
// start page in the first paint, from differences the page carries (page-translation.ts), with
// no second request. The page then moves to that language's address. A classic script, bundled
// and minified at build time with the page's values in PAGE.
import { isRightToLeft, LANGUAGE_KEY, LOCALES, matchLocale, type Locale } from '../../i18n/locales';
import { applyTranslation, type PageTranslation } from './page-translation';

/** The page's own values, written in by the build (build-config/inline-script.ts). */
declare const PAGE: {
  /** The app's root address, where this page is served. */
  base: string;
  /** The id of the page's JSON with every language's differences. */
  data: string;
  /** JSON: each language → its catalog chunk's URL. */
  catalogs: string;
};

function chosen(): Locale | undefined {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage refused: the browser's languages decide.
  }
  return LOCALES.find((locale) => locale === stored) ?? matchLocale(navigator.languages);
}

const locale = location.pathname === PAGE.base ? chosen() : undefined;
const html = document.documentElement;
if (locale && locale !== 'en') {
  html.lang = locale;
  html.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
  // Nothing shows until the page speaks its language (all within the page's first parse).
  html.style.visibility = 'hidden';
}
document.addEventListener(
  'DOMContentLoaded',
  () => {
    const data = document.getElementById(PAGE.data);
    if (locale && locale !== 'en') {
      try {
        const all = JSON.parse(data!.textContent!) as Record<string, PageTranslation>;
        const translation = all[locale]!;
        applyTranslation(document, document.getElementById('root')!, translation);
        history.replaceState(history.state, '', `${PAGE.base}${translation.prefix}${location.search}${location.hash}`);
        // The page's loader asks for this language's catalog with the rest (after-first-paint.ts).
        html.dataset.catalog = (JSON.parse(PAGE.catalogs) as Record<string, string>)[locale];
      } catch {
        // Unreadable differences: the English page, as built.
        html.lang = 'en';
        html.dir = 'ltr';
      }
      html.style.visibility = '';
    }
    // Read once, then gone: the page keeps no script element in its body.
    data?.remove();
  },
  { once: true },
);
