// How the start page at the app's root becomes another language's start page before its first
// paint, without a second request: the build compares the English page with each language's
// (build-config/language-pages.ts) and writes the differences into the page; a listener whose
// browser prefers that language gets them applied (choose-language.ts). The result is exactly
// that language's prerendered page, which its code then hydrates.

/** An element, as child-element indices from #root. */
export type ElementPath = number[];

export interface PageTranslation {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own address segment, with its slash: `de/`. */
  prefix: string;
  title: string;
  description: string;
  /** [element, attribute, value]; a null value removes the attribute. */
  attributes: [ElementPath, string, string | null][];
  /** [element, index among its child nodes, text]. */
  texts: [ElementPath, number, string][];
  /** [element, inner HTML]: where the languages differ in more than text. */
  html: [ElementPath, string][];
}

function find(root: Element, path: ElementPath): Element {
  let element = root;
  for (const index of path) element = element.children[index]!;
  return element;
}

/** Applies a translation to the English page's #root (and its <head>). */
export function applyTranslation(document: Document, root: Element, translation: PageTranslation): void {
  // Elements first found, then changed: a change must not move the paths of those after it.
  const texts = translation.texts.map(([path, index, text]) => [find(root, path).childNodes[index]!, text] as const);
  const attributes = translation.attributes.map(([path, name, value]) => [find(root, path), name, value] as const);
  const html = translation.html.map(([path, markup]) => [find(root, path), markup] as const);
  for (const [node, text] of texts) node.textContent = text;
  for (const [element, name, value] of attributes) {
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
  for (const [element, markup] of html) element.innerHTML = markup;
  const html0 = document.documentElement;
  html0.lang = translation.lang;
  html0.dir = translation.dir;
  document.title = translation.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', translation.description);
}
