// A parsed message (parse-message.ts makes them) and how it becomes text or parts. The build
// parses every message ahead of time (build-config/plugins/precompile-messages.ts), so the
// pages carry only this half.

export type MessageNode =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string; style?: 'number' | 'integer' | 'percent' }
  | { kind: 'plural'; name: string; ordinal: boolean; options: Record<string, MessageNode[]> }
  | { kind: 'select'; name: string; options: Record<string, MessageNode[]> }
  | { kind: 'pound' }
  | { kind: 'tag'; name: string; children: MessageNode[] };

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
    switch (node.kind) {
      case 'text':
        push(node.text);
        break;
      case 'pound':
        push(pound === undefined ? '#' : formatters.number(pound, 'number'));
        break;
      case 'arg': {
        const value = values[node.name];
        if (value === undefined) push(`{${node.name}}`);
        else if (typeof value === 'number') push(node.style ? formatters.number(value, node.style) : String(value));
        else if (typeof value === 'string') push(value);
        else push(value as T);
        break;
      }
      case 'plural': {
        const value = Number(values[node.name]);
        const exact = node.options[`=${value}`];
        const branch = exact ?? node.options[formatters.plural(value, node.ordinal)] ?? node.options.other!;
        for (const part of formatParts(branch, values, formatters, tags, value)) push(part);
        break;
      }
      case 'select': {
        const branch = node.options[String(values[node.name])] ?? node.options.other!;
        for (const part of formatParts(branch, values, formatters, tags, pound)) push(part);
        break;
      }
      case 'tag': {
        const children = formatParts(node.children, values, formatters, tags, pound);
        const render = tags[node.name];
        if (render) push(render(children));
        else for (const part of children) push(part);
        break;
      }
    }
  }
  return out;
}
