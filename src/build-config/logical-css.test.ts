// @vitest-environment node
// Right-to-left pages mirror because every stylesheet speaks of the inline start and end, not
// of left and right. Where CSS has no logical form (translateX, background-position), the rule
// must have a [dir='rtl'] twin in the same file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function stylesheets(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

interface Rule {
  selector: string;
  declarations: [property: string, value: string][];
}

/** The style rules of a stylesheet, those inside @media and @supports included. */
function rules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Rule[] = [];
  const walk = (from: number, to: number) => {
    let start = from;
    let i = from;
    while (i < to) {
      const char = text[i];
      if (char === ';' && start < i) start = i + 1; // a statement such as @import
      if (char !== '{') {
        i += 1;
        continue;
      }
      let depth = 1;
      let end = i + 1;
      while (end < to && depth > 0) {
        if (text[end] === '{') depth += 1;
        else if (text[end] === '}') depth -= 1;
        end += 1;
      }
      const prelude = text.slice(start, i).trim();
      const body = text.slice(i + 1, end - 1);
      if (prelude.startsWith('@keyframes')) {
        // Keyframe selectors are not elements; their declarations are checked all the same.
        walk(i + 1, end - 1);
      } else if (prelude.startsWith('@')) {
        walk(i + 1, end - 1);
      } else {
        const declarations = body
          .split(';')
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part): [string, string] => {
            const colon = part.indexOf(':');
            return [
              part.slice(0, colon).trim().toLowerCase(),
              part
                .slice(colon + 1)
                .trim()
                .toLowerCase(),
            ];
          });
        out.push({ selector: prelude.replace(/\s+/g, ' '), declarations });
      }
      start = end;
      i = end;
    }
  };
  walk(0, text.length);
  return out;
}

const PHYSICAL_PROPERTY =
  /^(left|right|(margin|padding|scroll-margin|scroll-padding)-(left|right)|border-(left|right)(-\w+)?|border-(top|bottom)-(left|right)-radius)$/;
const PHYSICAL_VALUE: Record<string, RegExp> = {
  float: /^(left|right)$/,
  clear: /^(left|right)$/,
  'position-area': /\b(span-)?(left|right)\b/,
};
const FOUR_SIDES = /^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;
/**
 * Declarations with no logical form, or a physical one on purpose (text that keeps its own
 * direction but stands at the page's inline start): they need a right-to-left twin.
 */
const NEEDS_RTL_TWIN =
  /translatex\(|translate\(|scalex\(|background(-position)?:.*\b(left|right)\b|gradient\(\s*(90deg|270deg|to (left|right))|text-align:(left|right)$/;

/** Splits a value on its top-level spaces (not those inside calc() or clamp()). */
function words(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let word = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ' ' && depth === 0) {
      if (word) out.push(word);
      word = '';
    } else word += char;
  }
  if (word) out.push(word);
  return out;
}

/** Why a stylesheet will not mirror, one line per declaration. */
function physicalDeclarations(css: string): string[] {
  const all = rules(css);
  const rtlSelectors = new Set(
    all.flatMap((rule) =>
      rule.selector.split(',').flatMap((part) => {
        const match = /^\[dir=['"]?rtl['"]?\]\s+(.+)$/.exec(part.trim());
        return match ? [match[1]!] : [];
      }),
    ),
  );
  const problems: string[] = [];
  for (const rule of all) {
    // A right-to-left twin says right where its rule says left: that is its point.
    if (rule.selector.startsWith('[dir=')) continue;
    for (const [property, value] of rule.declarations) {
      const where = `${rule.selector} { ${property}: ${value} }`;
      if (PHYSICAL_PROPERTY.test(property)) problems.push(where);
      else if (PHYSICAL_VALUE[property]?.test(value)) problems.push(where);
      else if (FOUR_SIDES.test(property)) {
        const sides = words(value);
        if (sides.length === 4 && sides[1] !== sides[3]) problems.push(where);
      }
      const needsTwin = NEEDS_RTL_TWIN.test(`${property}:${value}`) || property === 'background-position';
      const isKeyframe = /^(from|to|\d+%)/.test(rule.selector);
      if (needsTwin && !isKeyframe) {
        const twinned = rule.selector.split(',').every((part) => rtlSelectors.has(part.trim()));
        if (!twinned) problems.push(`${where} (no [dir='rtl'] twin)`);
      }
    }
  }
  return problems;
}

describe('stylesheets mirror in right-to-left pages', () => {
  it('flags physical properties, values, uneven four-side shorthands and untwinned transforms', () => {
    expect(
      physicalDeclarations(`
        .a { margin-left: 1rem; padding: 0 1rem 0 2rem; }
        @media (min-width: 1px) { .b { text-align: right; left: 0; border-top-left-radius: 4px; } }
        [dir='rtl'] .e { text-align: left; }
        .c { transform: translateX(4px); }
        .d { position-area: bottom span-left; }
      `),
    ).toEqual([
      '.a { margin-left: 1rem }',
      '.a { padding: 0 1rem 0 2rem }',
      ".b { text-align: right } (no [dir='rtl'] twin)",
      '.b { left: 0 }',
      '.b { border-top-left-radius: 4px }',
      ".c { transform: translatex(4px) } (no [dir='rtl'] twin)",
      '.d { position-area: bottom span-left }',
    ]);
  });

  it('accepts logical properties, even shorthands and transforms with a right-to-left twin', () => {
    expect(
      physicalDeclarations(`
        .a { margin-inline-start: 1rem; padding: 0 clamp(1rem, 4vw, 2rem); text-align: end; }
        .b::after { transform: translateX(4px); }
        [dir='rtl'] .b::after { transform: translateX(-4px); }
        .f, .g { text-align: left; }
        [dir='rtl'] .f, [dir='rtl'] .g { text-align: right; }
        @keyframes sweep { from { background-position: -50% 0; } }
      `),
    ).toEqual([]);
  });

  for (const file of stylesheets('src')) {
    it(`${relative(root, join(root, file))} uses logical properties`, () => {
      expect(physicalDeclarations(readFileSync(join(root, file), 'utf8'))).toEqual([]);
    });
  }
});
