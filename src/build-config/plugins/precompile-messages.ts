import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';
import { parseMessage } from '../../i18n/parse-message.ts';

/**
 * Parses every message at build time, so no page carries the message parser: the English
 * sources in `defineMessages(…)` calls and each language's catalog files become parsed messages
 * (plain text stays text), and src/i18n/parse-message.ts is replaced by a stub that only passes
 * plain text through. A message that does not parse fails the build. Dev and tests parse at run time.
 */
export function precompileMessagesPlugin(): Plugin {
  const stub = '\0heavy-rotation:parse-message';
  return {
    name: 'heavy-rotation:precompile-messages',
    apply: 'build',
    enforce: 'pre',
    resolveId: {
      order: 'pre',
      async handler(source, importer, options) {
        if (!/\/parse-message(\.ts)?$/.test(source) || !importer?.includes('/src/i18n/')) return null;
        if (/\.test\.ts$/.test(importer)) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved?.id.endsWith('/src/i18n/parse-message.ts') ? stub : null;
      },
    },
    load(id) {
      if (id !== stub) return null;
      return 'export function parseMessage(text) { return text ? [text] : []; }';
    },
    transform(code, id) {
      if (/\/src\/i18n\/catalogs\/[^/]+\/[^/]+\.json$/.test(id)) {
        const messages = JSON.parse(code) as Record<string, string>;
        return { code: JSON.stringify(compileAll(messages, id)), map: null };
      }
      if (!/messages\.ts$/.test(id) || !code.includes('defineMessages')) return null;
      return { code: compileSources(code, id), map: null };
    },
  };
}

/** A message as the page needs it: its text where it is plain, else its parsed form. */
function compile(text: string, where: string): unknown {
  try {
    const nodes = parseMessage(text);
    return nodes.length === 1 && typeof nodes[0] === 'string' ? nodes[0] : nodes;
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
}

function compileAll(messages: Record<string, string>, where: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, compile(text, `${where} ${key}`)]));
}

/** In a messages.ts file, each message with ICU syntax in a defineMessages(…) call becomes its parsed form. */
function compileSources(code: string, where: string): string {
  const edits: [start: number, end: number, text: string][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const value = node as Record<string, unknown> & { type?: string };
    const callee = value.callee as { type?: string; name?: string } | undefined;
    if (value.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === 'defineMessages') {
      const object = (value.arguments as { type: string; properties?: unknown[] }[])[1];
      for (const property of (object?.properties ?? []) as { value: Literal }[]) {
        const text = literalText(property.value);
        if (text === undefined) throw new Error(`${where}: a message must be a string literal`);
        const compiled = compile(text, where);
        if (typeof compiled !== 'string')
          edits.push([property.value.start, property.value.end, JSON.stringify(compiled)]);
      }
      return;
    }
    for (const key of Object.keys(value)) if (key !== 'parent') visit(value[key]);
  };
  visit(parseAst(code, { lang: 'ts' }, where));
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return out;
}

interface Literal {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  expressions?: unknown[];
  quasis?: { value: { cooked: string | null } }[];
}

function literalText(node: Literal): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions?.length === 0)
    return node.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}
