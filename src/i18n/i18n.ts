// The page's language and its messages. A page has one language for its whole life: the
// language switch loads the page again at the new language's address, so nothing here
// needs to notify React. Tests and the build's prerender set it with setLocale.
import { intlLocale, isRightToLeft, type Locale } from './locales';
import { formatParts, type MessageNode, type Tags, type Values } from './message-ast';
import { parseMessage } from './parse-message';

/**
 * A message: its id (`namespace.key`) and its English source, as written or, in a build, parsed
 * ahead of time (build-config/plugins/precompile-messages.ts).
 */
export interface Message {
  readonly id: string;
  readonly source: string | readonly MessageNode[];
}

/** A language's translations, by message id: as written, or parsed ahead of time by the build. */
export type Catalog = Readonly<Record<string, string | readonly MessageNode[]>>;

/**
 * Declares the English messages of one part of the app. Keep them beside the code that shows
 * them (a `messages.ts`); each other language translates them in `src/i18n/catalogs/<lang>/<namespace>.json`.
 */
export function defineMessages<const T extends Record<string, string>>(
  namespace: string,
  messages: T,
): { readonly [K in keyof T]: Message } {
  const out: Record<string, Message> = {};
  for (const [key, source] of Object.entries(messages)) out[key] = { id: `${namespace}.${key}`, source };
  return out as { [K in keyof T]: Message };
}

let locale: Locale = 'en';
let catalog: Catalog = {};
let prefix = '';
let parsed = new Map<string, readonly MessageNode[]>();
let plurals: { cardinal: Intl.PluralRules; ordinal: Intl.PluralRules } | undefined;
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * Sets the page's language, its translations, and the address segment its pages live under
 * (`de/`; empty where the address names no language).
 */
export function setLocale(next: Locale, translations: Catalog = {}, addressPrefix = ''): void {
  locale = next;
  catalog = translations;
  prefix = addressPrefix;
  parsed = new Map();
  plurals = undefined;
  numbers.clear();
}

export function currentLocale(): Locale {
  return locale;
}

/** The segment the page's addresses carry below the app's base: `de/`, or empty. */
export function localePrefix(): string {
  return prefix;
}

export function currentDirection(): 'ltr' | 'rtl' {
  return isRightToLeft(locale) ? 'rtl' : 'ltr';
}

/**
 * Text from elsewhere (a track's name, a file's) set apart from the message around it, so a
 * Latin name keeps its order in a right-to-left sentence (Unicode isolates; left-to-right pages
 * need none). For plain-text places: labels, titles, the document title. In markup, use <bdi>.
 */
export function isolate(text: string): string {
  return currentDirection() === 'rtl' ? `\u2068${text}\u2069` : text;
}

/** A NumberFormat for the page's language, made once per options. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numbers.get(key);
  if (!format) numbers.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format;
}

const formatters = {
  plural: (value: number, ordinal: boolean) => {
    plurals ??= {
      cardinal: new Intl.PluralRules(intlLocale(locale)),
      ordinal: new Intl.PluralRules(intlLocale(locale), { type: 'ordinal' }),
    };
    return (ordinal ? plurals.ordinal : plurals.cardinal).select(value);
  },
  number: (value: number, style: 'number' | 'integer' | 'percent') =>
    numberFormat(
      style === 'percent'
        ? { style: 'percent', maximumFractionDigits: 0 }
        : style === 'integer'
          ? { maximumFractionDigits: 0 }
          : {},
    ).format(value),
};

const parse = (text: string | readonly MessageNode[]) => (typeof text === 'string' ? parseMessage(text) : text);

function ast(message: Message): readonly MessageNode[] {
  let nodes = parsed.get(message.id);
  if (!nodes) {
    try {
      nodes = parse(catalog[message.id] ?? message.source);
    } catch {
      // A broken translation (the catalogs' test catches these): show the English instead.
      nodes = parse(message.source);
    }
    parsed.set(message.id, nodes);
  }
  return nodes;
}

/** The message as text in the page's language. */
export function t(message: Message, values: Values = {}): string {
  return formatParts<string>(ast(message), values, formatters).join('');
}

/** The message as parts, for rich text: tags and non-text values come back as the caller renders them. */
export function tParts<T>(message: Message, values: Values = {}, tags: Tags<T> = {}): (string | T)[] {
  return formatParts(ast(message), values, formatters, tags);
}
