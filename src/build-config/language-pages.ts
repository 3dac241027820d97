// The build's side of page-translation.ts: what differs between the English start page and
// another language's, element by element. Both are renders of the same components, so their
// elements line up; where a message puts its parts in another order, the element's inner HTML
// is taken whole. Runs in Node, with jsdom as the HTML parser.
import { JSDOM } from 'jsdom';
import type { ElementPath, PageTranslation } from './inline/page-translation.ts';

type Differences = Pick<PageTranslation, 'attributes' | 'texts' | 'html'>;

function sameShape(a: Element, b: Element): boolean {
  if (a.childNodes.length !== b.childNodes.length) return false;
  for (let i = 0; i < a.childNodes.length; i++) {
    const x = a.childNodes[i]!;
    const y = b.childNodes[i]!;
    if (x.nodeType !== y.nodeType || x.nodeName !== y.nodeName) return false;
  }
  return true;
}

function compare(a: Element, b: Element, path: ElementPath, out: Differences): void {
  const names = new Set([...a.getAttributeNames(), ...b.getAttributeNames()]);
  for (const name of names) {
    const value = b.getAttribute(name);
    if (a.getAttribute(name) !== value) out.attributes.push([path, name, value]);
  }
  if (!sameShape(a, b)) {
    out.html.push([path, b.innerHTML]);
    return;
  }
  let element = 0;
  a.childNodes.forEach((node, index) => {
    const other = b.childNodes[index]!;
    if (node.nodeType === 3 && node.textContent !== other.textContent) {
      out.texts.push([path, index, other.textContent ?? '']);
    } else if (node.nodeType === 1) {
      compare(node as Element, other as Element, [...path, element], out);
      element++;
    }
  });
}

/** The differences that turn the English #root's markup into another language's. */
export function translationOf(
  englishRoot: string,
  otherRoot: string,
  head: Omit<PageTranslation, 'attributes' | 'texts' | 'html'>,
): PageTranslation {
  const parse = (markup: string) => new JSDOM(`<!doctype html><div id="root">${markup}</div>`).window.document;
  const english = parse(englishRoot).getElementById('root')!;
  const other = parse(otherRoot).getElementById('root')!;
  const out: Differences = { attributes: [], texts: [], html: [] };
  compare(english, other, [], out);
  return { ...head, ...out };
}
