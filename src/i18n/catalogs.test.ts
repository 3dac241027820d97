// Every message in every language: present, well formed, and with the English placeholders.
import { describe, expect, it } from 'vitest';
import type { Message } from './i18n';
import { loadCatalog } from './load-catalog';
import { intlLocale, LOCALES, SOURCE_LOCALE } from './locales';
import { parseMessage, placeholders, pluralKeys } from './parse-message';

// Every English message, from every messages.ts in the app.
const modules = import.meta.glob<Record<string, unknown>>(['/src/**/*messages.ts', '!/src/**/*.test.*'], {
  eager: true,
});

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'id' in value && 'source' in value;
}

const english = new Map<string, string>();
const duplicates: string[] = [];
for (const module of Object.values(modules)) {
  for (const group of Object.values(module)) {
    if (typeof group !== 'object' || group === null) continue;
    for (const message of Object.values(group)) {
      if (!isMessage(message)) continue;
      if (english.has(message.id) && english.get(message.id) !== String(message.source)) duplicates.push(message.id);
      english.set(message.id, String(message.source));
    }
  }
}

const shape = (text: string) => [...placeholders(parseMessage(text))].sort();

describe('the English messages', () => {
  it('exist, each id once, and parse', () => {
    expect(english.size).toBeGreaterThan(20);
    expect(duplicates).toEqual([]);
    for (const [id, source] of english) expect(() => parseMessage(source), id).not.toThrow();
  });
});

describe.each(LOCALES.filter((locale) => locale !== SOURCE_LOCALE))('the %s catalog', (locale) => {
  // Tests read the catalogs as written (the build's ahead-of-time parsing does not run here).
  let catalog: Record<string, string>;
  // The forms whole numbers up to 1,000 take (French's "many", for millions, is left to "other").
  const rules = new Intl.PluralRules(intlLocale(locale));
  const categories = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
  const ordinals = new Set(
    new Intl.PluralRules(intlLocale(locale), { type: 'ordinal' }).resolvedOptions().pluralCategories,
  );

  it('translates every message and nothing else', async () => {
    catalog = (await loadCatalog(locale)) as Record<string, string>;
    expect([...english.keys()].filter((id) => !(id in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((id) => !english.has(id))).toEqual([]);
  });

  it('uses the same placeholders and tags as the English', () => {
    for (const [id, source] of english) {
      const text = catalog[id];
      if (text === undefined) continue;
      expect(() => parseMessage(text), `${locale} ${id}`).not.toThrow();
      expect(shape(text), `${locale} ${id}`).toEqual(shape(source));
    }
  });

  it('offers every plural form of the language, and only those', () => {
    for (const [id, text] of Object.entries(catalog)) {
      const ordinal = /selectordinal/.test(text);
      for (const keys of pluralKeys(parseMessage(text))) {
        for (const category of ordinal ? [] : categories) expect(keys, `${locale} ${id}`).toContain(category);
        for (const key of keys) {
          const valid =
            key.startsWith('=') ||
            new Set(rules.resolvedOptions().pluralCategories).has(key as Intl.LDMLPluralRule) ||
            ordinals.has(key as Intl.LDMLPluralRule);
          expect(valid, `${locale} ${id}: ${key}`).toBe(true);
        }
      }
    }
  });
});
