// The languages Heavy Rotation speaks, and how a page picks one. English is the source: its
// messages sit beside the code that shows them (messages.ts files); every other language
// has a catalog of its own in ./catalogs, loaded lazily (load-catalog.ts).

export const LOCALES = ['en', 'es', 'pt-BR', 'fr', 'de', 'it', 'nl', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** Each language's name in itself, as the language switch shows it. */
export const ENDONYMS: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  nl: 'Nederlands',
  ja: '日本語',
  ar: 'العربية',
};

export function isRightToLeft(locale: Locale): boolean {
  return locale === 'ar';
}

/**
 * The tag for Intl. Arabic is written with Western digits (`ar-u-nu-latn`), as most Arabic-speaking
 * countries' apps do: ranks, durations and chart axes read the same in every language, and the
 * build (Node's ICU) and the browser agree where their defaults differ.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

/** The address segment of a language: `/de/`, `/pt-br/` (paths are lower case on static hosts). */
export function localeSegment(locale: Locale): string {
  return locale.toLowerCase();
}

export function localeFromSegment(segment: string | undefined): Locale | undefined {
  return LOCALES.find((locale) => localeSegment(locale) === segment);
}

/**
 * The best of our languages for a browser's list (`navigator.languages`), or undefined:
 * an exact tag first, then the same language in another region (`pt-PT` → `pt-BR`, `de-AT` → `de`).
 */
export function matchLocale(tags: readonly string[]): Locale | undefined {
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split('-')[0];
    const sameLanguage = LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
}

/** Where the listener's choice is kept on this device: a display preference, like the theme. */
export const LANGUAGE_KEY = 'heavy-rotation:language';

/**
 * The page's language: the address's own (`/de/…`, a shared link opens in the sharer's language),
 * else the choice kept on this device, else the browser's languages, else English.
 */
export function pickLocale(segment: string | undefined, stored: string | null, browser: readonly string[]): Locale {
  return localeFromSegment(segment) ?? LOCALES.find((locale) => locale === stored) ?? matchLocale(browser) ?? 'en';
}
