// Each language but English is a catalog of its own, one lazy chunk per language: a page
// loads only its language's (English, the source, needs none).
import type { Catalog } from './i18n';
import { localeSegment, type Locale } from './locales';

const catalogs = import.meta.glob<Record<string, Record<string, string>>>('./catalogs/*/index.ts', {
  import: 'default',
});

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const load = catalogs[`./catalogs/${localeSegment(locale)}/index.ts`];
  return load ? joinNamespaces(await load()) : {};
}

/** One language's namespace files (`./import.json` → `import.<key>`) as one catalog. */
function joinNamespaces(files: Record<string, Record<string, string>>): Catalog {
  const catalog: Record<string, string> = {};
  for (const [path, messages] of Object.entries(files)) {
    const namespace = /([^/]+)\.json$/.exec(path)![1]!;
    for (const [key, text] of Object.entries(messages)) catalog[`${namespace}.${key}`] = text;
  }
  return catalog;
}
