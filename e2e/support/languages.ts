// The app's messages as the e2e tests see them: every English source (from the messages.ts
// files) and each language's catalog, to find a translated label and to tell English left on a page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Message } from '../../src/i18n/i18n';
import type { MessageNode } from '../../src/i18n/message-ast';
import { localeSegment, type Locale } from '../../src/i18n/locales';
import { parseMessage } from '../../src/i18n/parse-message';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string, match: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), match) : match.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every English message, by id. */
export async function englishMessages(): Promise<Map<string, string>> {
  const english = new Map<string, string>();
  for (const file of files(SRC, /messages\.ts$/)) {
    const module = (await import(`./${relative(import.meta.dirname, file)}`)) as Record<
      string,
      Record<string, Message>
    >;
    for (const group of Object.values(module)) {
      for (const message of Object.values(group)) english.set(message.id, String(message.source));
    }
  }
  return english;
}

/** A language's catalog, by id. */
export function catalog(locale: Locale): Map<string, string> {
  const dir = join(SRC, 'i18n', 'catalogs', localeSegment(locale));
  const out = new Map<string, string>();
  for (const file of files(dir, /\.json$/)) {
    const namespace = /([^/]+)\.json$/.exec(file)![1]!;
    for (const [key, text] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) {
      out.set(`${namespace}.${key}`, text);
    }
  }
  return out;
}

/** The translation of the message whose English is `english` exactly. */
export async function translationOf(locale: Locale, english: string): Promise<string> {
  const ids = [...(await englishMessages())].filter(([, source]) => source === english).map(([id]) => id);
  if (ids.length === 0) throw new Error(`No message says "${english}"`);
  const text = catalog(locale).get(ids[0]!);
  if (text === undefined) throw new Error(`${locale} does not translate ${ids[0]}`);
  return text;
}

/** The literal text runs of a message: what shows of it whatever its values. */
export function fragments(text: string): string[] {
  const out: string[] = [];
  const visit = (nodes: readonly MessageNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') out.push(...node.text.split(/[.,:;!?()·"“”]+/));
      else if (node.kind === 'tag') visit(node.children);
      else if (node.kind === 'plural' || node.kind === 'select')
        for (const option of Object.values(node.options)) visit(option);
    }
  };
  visit(parseMessage(text));
  return out.map((fragment) => fragment.trim()).filter((fragment) => /\p{L}{2}/u.test(fragment));
}

/**
 * The English phrases a page in `locale` must not show: every literal run of an English message
 * of two words or more, or one word of four letters or more, unless the language's own
 * translations use it too (a loanword, a brand, a word both languages share).
 */
export async function englishPhrases(locale: Locale, allowed: readonly string[]): Promise<string[]> {
  const theirs = [...catalog(locale).values()].flatMap(fragments).join('\n');
  const bounded = (phrase: string) =>
    new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  const phrases = new Set<string>();
  for (const source of (await englishMessages()).values()) {
    for (const fragment of fragments(source)) {
      if (!/\s/.test(fragment) && fragment.length < 4) continue;
      if (allowed.some((word) => fragment === word) || bounded(fragment).test(theirs)) continue;
      phrases.add(fragment);
    }
  }
  return [...phrases];
}
