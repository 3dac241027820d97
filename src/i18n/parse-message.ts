// A small ICU MessageFormat parser: `{name}`, `{n, number}`, `{n, number, percent}`,
// `{n, plural, =0 {…} one {# play} other {# plays}}`, `{n, selectordinal, …}`,
// `{x, select, a {…} other {…}}`, and tags for rich text (`<link>Spotify's page</link>`).
// Apostrophes are plain text (no ICU quoting): write ’ or ' freely. Literal braces are not
// supported; no message needs them. A full ICU library costs ~15 KB gzip, over the start page's
// budget; and the build runs this ahead of time, so pages need none of it.
import type { MessageNode } from './message-ast';

export class MessageSyntaxError extends Error {}

export function parseMessage(source: string): MessageNode[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at ${at} in "${source}"`);
  };
  const space = () => {
    while (/\s/.test(source[at] ?? '')) at++;
  };
  const word = () => {
    space();
    const match = /^[=\w-]+/.exec(source.slice(at));
    if (!match) fail('Expected a name');
    at += match![0].length;
    space();
    return match![0];
  };
  const expect = (char: string) => {
    if (source[at] !== char) fail(`Expected "${char}"`);
    at++;
  };

  function nodes(inPlural: boolean, closingTag?: string): MessageNode[] {
    const out: MessageNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', text });
      text = '';
    };
    while (at < source.length) {
      const char = source[at]!;
      if (char === '}') break;
      if (char === '{') {
        flush();
        at++;
        out.push(argument());
        continue;
      }
      if (char === '#' && inPlural) {
        flush();
        at++;
        out.push({ kind: 'pound' });
        continue;
      }
      if (char === '<') {
        const close = /^<\/([a-zA-Z][\w-]*)>/.exec(source.slice(at));
        if (close) {
          if (close[1] !== closingTag) fail(`Unexpected </${close[1]}>`);
          break;
        }
        const open = /^<([a-zA-Z][\w-]*)>/.exec(source.slice(at));
        if (open) {
          flush();
          at += open[0].length;
          const children = nodes(inPlural, open[1]);
          const end = `</${open[1]}>`;
          if (!source.startsWith(end, at)) fail(`Expected ${end}`);
          at += end.length;
          out.push({ kind: 'tag', name: open[1]!, children });
          continue;
        }
      }
      text += char;
      at++;
    }
    flush();
    return out;
  }

  function options(inPlural: boolean): Record<string, MessageNode[]> {
    const out: Record<string, MessageNode[]> = {};
    space();
    while (source[at] !== '}') {
      const key = word();
      expect('{');
      out[key] = nodes(inPlural);
      expect('}');
      space();
      if (at >= source.length) fail('Unclosed options');
    }
    if (!('other' in out)) fail('Options need an "other"');
    return out;
  }

  function argument(): MessageNode {
    const name = word();
    if (source[at] === '}') {
      at++;
      return { kind: 'arg', name };
    }
    expect(',');
    const type = word();
    let node: MessageNode;
    if (type === 'number') {
      let style: 'number' | 'integer' | 'percent' = 'number';
      if (source[at] === ',') {
        at++;
        const given = word();
        if (given !== 'integer' && given !== 'percent') fail(`Unknown number style ${given}`);
        style = given as 'integer' | 'percent';
      }
      node = { kind: 'arg', name, style };
    } else if (type === 'plural' || type === 'selectordinal') {
      expect(',');
      node = { kind: 'plural', name, ordinal: type === 'selectordinal', options: options(true) };
    } else if (type === 'select') {
      expect(',');
      node = { kind: 'select', name, options: options(false) };
    } else {
      return fail(`Unknown type ${type}`);
    }
    space();
    expect('}');
    return node;
  }

  const result = nodes(false);
  if (at < source.length) fail('Unexpected "}"');
  return result;
}

/** Every argument and tag a message uses, for the catalogs' test: a translation must use the same. */
export function placeholders(ast: readonly MessageNode[], into = new Set<string>()): Set<string> {
  for (const node of ast) {
    if (node.kind === 'arg') into.add(`{${node.name}}`);
    else if (node.kind === 'tag') {
      into.add(`<${node.name}>`);
      placeholders(node.children, into);
    } else if (node.kind === 'plural' || node.kind === 'select') {
      into.add(`{${node.name}}`);
      for (const option of Object.values(node.options)) placeholders(option, into);
    }
  }
  return into;
}

/** Plural categories and `=N` keys a message offers, per plural argument (for the catalogs' test). */
export function pluralKeys(ast: readonly MessageNode[], into: string[][] = []): string[][] {
  for (const node of ast) {
    if (node.kind === 'plural') into.push(Object.keys(node.options));
    if (node.kind === 'plural' || node.kind === 'select') {
      for (const option of Object.values(node.options)) pluralKeys(option, into);
    } else if (node.kind === 'tag') pluralKeys(node.children, into);
  }
  return into;
}
