// Rewrites of the built HTML files (vite.config.ts). Whatever they put inline, they allow
// in the page's Content-Security-Policy by its hash, and nothing more.
import { createHash } from 'node:crypto';
import { CALLBACK_QUERY } from '../app/callback-query.ts';
import { LIVE_EVENT } from '../app/live-event.ts';

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
 * page has painted, so nothing competes with the first paint. A small inline script,
 * allowed by its hash, adds them on the first paint entry (at once where the browser
 * reports no paint timing, and after a second at the latest). Served for any address but
 * `startPath`, the page loads them at once. A click on a control (a button, a radio) before
 * the page is live loads them at once; the page's code clicks it again once hydrated.
 */
export function loadScriptsAfterFirstPaint(html: string, startPath: string): string {
  const entries = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g)];
  if (entries.length !== 1) throw new Error(`Expected one module script, found ${entries.length}`);
  const entry = entries[0]!;
  const deferred = [...html.matchAll(/<link rel="(?:modulepreload|manifest)"[^>]*>\s*/g)];
  let page = html.replace(entry[0], '');
  for (const tag of deferred) page = page.replace(tag[0], '');
  // The entry is preloaded with the rest, and runs once the document is parsed (main.ts needs #root).
  const links = [
    `<link rel="modulepreload" crossorigin href="${entry[1]}">`,
    ...deferred.map((tag) => tag[0].trim()),
  ].join('');
  const loader =
    '(()=>{let done=!1,early=null;const load=()=>{if(done)return;done=!0;' +
    `document.head.insertAdjacentHTML("beforeend",${JSON.stringify(links)});` +
    'const run=()=>{const s=document.createElement("script");s.type="module";s.crossOrigin="";' +
    `s.src=${JSON.stringify(entry[1])};document.head.append(s)};` +
    'document.readyState==="loading"?document.addEventListener("DOMContentLoaded",run,{once:!0}):run()};' +
    // Served for another address (a host that answers every path with index.html), the
    // page shown is not the app's: load at once.
    `location.pathname!==${JSON.stringify(startPath)}||location.search?load():` +
    'PerformanceObserver.supportedEntryTypes?.includes("paint")' +
    '?new PerformanceObserver(load).observe({type:"paint",buffered:!0}):load();' +
    'setTimeout(load,1e3);' +
    // Held back entirely (a radio is not checked yet), so that the replay is the click that counts.
    'const click=e=>{const b=e.target.closest?.("#root :is(button,input,label)");' +
    'if(b){e.preventDefault();e.stopPropagation();early=b;load()}};' +
    'addEventListener("click",click,!0);' +
    `addEventListener(${JSON.stringify(LIVE_EVENT)},()=>{removeEventListener("click",click,!0);early?.click()},{once:!0})` +
    '})()';
  if (!page.includes('</head>')) throw new Error('The HTML has no </head>');
  page = page.replace('</head>', () => `<script>${loader}</script></head>`);
  return allowInPolicy(page, 'script-src', cspHash(loader));
}

/**
 * For the page every other address gets (404.html): its module preloads start from a
 * small inline script in the head, as early as the links would, except on the sign-in
 * callback, whose first request must be the code exchange (the entry sends it, then
 * loads the rest).
 */
export function preloadUnlessCallback(html: string): string {
  const links = [...html.matchAll(/<link rel="modulepreload"[^>]*>\s*/g)];
  if (links.length === 0) return html;
  let page = html;
  for (const link of links) page = page.replace(link[0], '');
  const script =
    `${String(CALLBACK_QUERY)}.test(location.search)||` +
    `document.head.insertAdjacentHTML("beforeend",${JSON.stringify(links.map((link) => link[0].trim()).join(''))})`;
  page = page.replace('</head>', () => `<script>${script}</script></head>`);
  return allowInPolicy(page, 'script-src', cspHash(script));
}
