// A parsed message (parse-message.ts makes them) and how it becomes text or parts. The build
// parses every message ahead of time (build-config/plugins/precompile-messages.ts), so the
// pages carry only this half.

/**
 * Compact, as the pages carry hundreds of them: text is a string, `#` is 0, and the rest are
 * tuples: an argument `['a', name, style?]`, a plural `['p', name, options]` (`'o'` for an
 * ordinal), a select `['s', name, options]`, a tag `['t', name, children]`.
 */
export type MessageNode =
  | string
  | 0
  | readonly ['a', string, ('number' | 'integer' | 'percent')?]
  | readonly ['p' | 'o' | 's', string, Readonly<Record<string, readonly MessageNode[]>>]
  | readonly ['t', string, readonly MessageNode[]];

export type Values = Record<string, unknown>;
export type Tags<T> = Record<string, (children: (string | T)[]) => T>;

export interface Formatters {
  plural: (value: number, ordinal: boolean) => string;
  number: (value: number, style: 'number' | 'integer' | 'percent') => string;
}

/**
 * The message as parts: strings (adjacent ones joined) and whatever non-string values and tags
 * give (React elements, for rich text). A missing value shows as its placeholder, visibly.
 */
export function formatParts<T>(
  ast: readonly MessageNode[],
  values: Values,
  formatters: Formatters,
  tags: Tags<T> = {},
  pound?: number,
): (string | T)[] {
  const out: (string | T)[] = [];
  const push = (part: string | T) => {
    const last = out.length - 1;
    if (typeof part === 'string' && typeof out[last] === 'string') out[last] = `${out[last] as string}${part}`;
    else if (part !== '') out.push(part);
  };
  for (const node of ast) {
    if (typeof node === 'string') {
      push(node);
      continue;
    }
    if (node === 0) {
      push(pound === undefined ? '#' : formatters.number(pound, 'number'));
      continue;
    }
    const [type, name] = node;
    if (type === 'a') {
      const value = values[name];
      if (value === undefined) push(`{${name}}`);
      else if (typeof value === 'number') push(node[2] ? formatters.number(value, node[2]) : String(value));
      else if (typeof value === 'string') push(value);
      else push(value as T);
    } else if (type === 't') {
      const children = formatParts(node[2], values, formatters, tags, pound);
      const render = tags[name];
      if (render) push(render(children));
      else for (const part of children) push(part);
    } else {
      const options = node[2];
      let branch: readonly MessageNode[];
      let next = pound;
      if (type === 's') branch = options[String(values[name])] ?? options.other!;
      else {
        next = Number(values[name]);
        branch = options[`=${next}`] ?? options[formatters.plural(next, type === 'o')] ?? options.other!;
      }
      for (const part of formatParts(branch, values, formatters, tags, next)) push(part);
    }
  }
  return out;
}
