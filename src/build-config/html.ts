// Rewrites of the built HTML files (vite.config.ts). Whatever they put inline, they allow
// in the page's Content-Security-Policy by its hash, and nothing more.
import { createHash } from 'node:crypto';
import { buildInlineScript } from './inline-script.ts';

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}

/** Adds `source` to `directive` in the page's CSP meta tag (whose quotes Vite writes as `&#39;`). */
export function allowInPolicy(html: string, directive: 'script-src' | 'style-src', source: string): string {
  const meta = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/.exec(html);
  if (!meta) throw new Error('The HTML has no Content-Security-Policy meta tag');
  const rules = meta[2]!
    .replaceAll('&#39;', "'")
    .split(';')
    .map((rule) => rule.trim());
  const index = rules.findIndex((rule) => rule.split(/\s+/)[0] === directive);
  if (index < 0) throw new Error(`The Content-Security-Policy has no ${directive} to add ${source} to`);
  if (!rules[index]!.split(/\s+/).includes(source)) rules[index] = `${rules[index]} ${source}`;
  const policy = rules.join('; ').replaceAll("'", '&#39;');
  return html.replace(meta[0], () => `${meta[1]}${policy}${meta[3]}`);
}

/**
 * Puts the stylesheet `href` into the page itself: the first paint then waits for no
 * second request, and module scripts wait for no stylesheet.
 */
export function inlineStylesheet(html: string, href: string, css: string): string {
  const link = new RegExp(`<link rel="stylesheet"[^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
  if (!link.test(html)) throw new Error(`The HTML does not link ${href}`);
  return allowInPolicy(
    html.replace(link, () => `<style>${css}</style>`),
    'style-src',
    cspHash(css),
  );
}

/**
 * For a page that paints without JavaScript (the prerendered start page): its module
 * script, the modules it preloads and its web app manifest are requested only once the
 * page has painted, so nothing competes with the first paint. A small inline script
 * (inline/after-first-paint.ts), allowed by its hash, adds them on the first paint entry (at once where the browser
 * reports no paint timing, and after a second at the latest). Served for any address but
 * `startPath`, the page loads them at once. A click on a control (a button, a radio) before
 * the page is live loads them at once; the page's code clicks it again once hydrated.
 */
export async function loadScriptsAfterFirstPaint(html: string, startPath: string): Promise<string> {
  const entries = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g)];
  if (entries.length !== 1) throw new Error(`Expected one module script, found ${entries.length}`);
  const entry = entries[0]!;
  const deferred = [...html.matchAll(/<link rel="(?:modulepreload|manifest)"[^>]*>\s*/g)];
  let page = html.replace(entry[0], '');
  for (const tag of deferred) page = page.replace(tag[0], '');
  // The entry is preloaded with the rest; the loader runs it once the document is parsed.
  const links = [
    `<link rel="modulepreload" crossorigin href="${entry[1]}">`,
    ...deferred.map((tag) => tag[0].trim()),
  ].join('');
  const loader = await buildInlineScript('after-first-paint', { links, entry: entry[1]!, startPath });
  if (!page.includes('</head>')) throw new Error('The HTML has no </head>');
  page = page.replace('</head>', () => `<script>${loader}</script></head>`);
  return allowInPolicy(page, 'script-src', cspHash(loader));
}

/**
 * For the page every other address gets (404.html): one small inline script
 * (inline/start-fallback.ts), first in the head, before anything it could wait for.
 * - On the sign-in callback at `callbackPath`, it sends the code exchange while the page is
 *   still parsing, when this tab's pending sign-in names a token endpoint and its state
 *   matches the callback's (see auth/early-exchange.ts). The callback's handling checks it
 *   all again and takes this answer rather than ask twice. No preloads: the exchange is
 *   the callback's first request.
 * - Anywhere else, it starts the module preloads, as early as the links would, and the catalog
 *   of the language the address names (`catalogs`: each language's address segment → its chunk).
 */
export async function startFallbackPage(
  html: string,
  callbackPath: string,
  catalogs: Record<string, string> = {},
): Promise<string> {
  const links = [...html.matchAll(/<link rel="modulepreload"[^>]*>\s*/g)];
  let page = html;
  for (const link of links) page = page.replace(link[0], '');
  const script = await buildInlineScript('start-fallback', {
    links: links.map((link) => link[0].trim()).join(''),
    callbackPath,
    catalogs: JSON.stringify(catalogs),
  });
  const entry = /<script type="module"/.exec(page);
  if (!entry) throw new Error('The HTML has no module script');
  page = `${page.slice(0, entry.index)}<script>${script}</script>\n    ${page.slice(entry.index)}`;
  return allowInPolicy(page, 'script-src', cspHash(script));
}
