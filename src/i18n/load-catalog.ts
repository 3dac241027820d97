// Each language but English is a catalog of its own, one lazy chunk per language: a page
// loads only its language's (English, the source, needs none).
import type { Catalog } from './i18n';
import { localeSegment, type Locale } from './locales';

const catalogs = import.meta.glob<Catalog>('./catalogs/*/index.ts', { import: 'default' });

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const load = catalogs[`./catalogs/${localeSegment(locale)}/index.ts`];
  return load ? load() : {};
}
