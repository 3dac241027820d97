import type { Catalog } from './i18n';

/** One language's namespace files (`./import.json` → `import.<key>`) as one catalog. */
export function joinNamespaces(files: Record<string, Record<string, string>>): Catalog {
  const catalog: Record<string, string> = {};
  for (const [path, messages] of Object.entries(files)) {
    const namespace = /([^/]+)\.json$/.exec(path)![1]!;
    for (const [key, text] of Object.entries(messages)) catalog[`${namespace}.${key}`] = text;
  }
  return catalog;
}
