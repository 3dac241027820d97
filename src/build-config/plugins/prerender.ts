import react from '@vitejs/plugin-react';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { LOCALES, localeSegment, type Locale } from '../../i18n/locales.ts';
import { allowInPolicy, cspHash, inlineStylesheet, loadScriptsAfterFirstPaint, startFallbackPage } from '../html.ts';
import { buildInlineScript } from '../inline-script.ts';
import type { PageTranslation } from '../inline/page-translation.ts';
import { translationOf } from '../language-pages.ts';

/**
 * Renders the signed-out landing page into the built index.html, in every language (`de/index.html`
 * and the rest; the app's root carries the differences to become any of them), so it paints before any
 * JavaScript arrives, and asks for the JavaScript (start-landing.tsx hydrates the page) only
 * once it has painted. 404.html, the fallback for every other path on static hosts, stays
 * an empty shell that loads the app at once: a deep link must not flash the landing page.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'heavy-rotation:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const server = await createServer({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        envDir: config.envDir,
        logLevel: 'error',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const { renderLanding } = (await server.ssrLoadModule('/src/app/boot/prerender.tsx')) as {
          renderLanding: (locale: Locale, prefix: string) => Promise<RenderedLanding>;
        };
        const outDir = resolve(config.root, config.build.outDir);
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as Record<
          string,
          unknown
        >;
        const english = await renderLanding('en', '');
        const catalogs = catalogChunks(outDir, config.base);
        const translations: Record<string, PageTranslation> = {};
        // Every language at its own address (`/de/`), English included (`/en/`: a shared link
        // that names it); the app's root chooses before its first paint (choose-language.ts).
        for (const locale of LOCALES) {
          const prefix = `${localeSegment(locale)}/`;
          const page = await renderLanding(locale, prefix);
          mkdirSync(join(outDir, prefix), { recursive: true });
          writeFileSync(
            join(outDir, prefix, 'manifest.webmanifest'),
            JSON.stringify({
              ...manifest,
              description: page.manifestDescription,
              lang: locale,
              dir: page.dir,
              icons: relocatedIcons(manifest),
            }),
          );
          const catalog = catalogs[locale];
          const html = languagePage(template, page, locale, `${config.base}${prefix}`).replace('</head>', () =>
            catalog ? `<link rel="modulepreload" crossorigin href="${catalog}"></head>` : '</head>',
          );
          writeFileSync(
            join(outDir, prefix, 'index.html'),
            await loadScriptsAfterFirstPaint(inlineEntryStylesheet(html, outDir), `${config.base}${prefix}`),
          );
          if (locale !== 'en') {
            translations[locale] = translationOf(english.root, page.root, {
              lang: locale,
              dir: page.dir,
              prefix,
              title: page.title,
              description: page.description,
            });
          }
        }
        const root = await chooseLanguageFirst(
          languagePage(template, english, 'en', config.base),
          translations,
          config.base,
          catalogs,
        );
        writeFileSync(
          join(outDir, 'index.html'),
          await loadScriptsAfterFirstPaint(inlineEntryStylesheet(root, outDir), config.base),
        );
        const fallback = join(outDir, '404.html');
        writeFileSync(
          fallback,
          await startFallbackPage(
            inlineEntryStylesheet(readFileSync(fallback, 'utf8'), outDir),
            `${config.base}account`,
            Object.fromEntries(
              Object.entries(catalogs).map(([locale, href]) => [localeSegment(locale as Locale), href]),
            ),
          ),
        );
      } finally {
        await server.close();
      }
    },
  };
}

/** Both pages carry the entry stylesheet inline (see inlineStylesheet). */
function inlineEntryStylesheet(html: string, outDir: string): string {
  const href = /<link rel="stylesheet"[^>]*href="([^"]*\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) return html;
  return inlineStylesheet(html, href, readFileSync(join(outDir, href.replace(/^.*?\/assets\//, 'assets/')), 'utf8'));
}

/** What src/app/boot/prerender.tsx renders for one language (a .tsx module: this side is Node's). */
interface RenderedLanding {
  root: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  manifestDescription: string;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The built template as one language's start page: its markup, <html lang dir>, title, description, manifest. */
function languagePage(template: string, page: RenderedLanding, locale: Locale, pageBase: string): string {
  const shell = '<div id="root"></div>';
  if (!template.includes(shell)) throw new Error('index.html has no empty #root to prerender into');
  // A function, so that `$` in a translation is text; the opening it gets is the pattern's first group.
  const replaceOnce = (html: string, pattern: RegExp, replacement: (opening: string) => string) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${pattern}`);
    return html.replace(pattern, (_match, opening: string | undefined) => replacement(opening ?? ''));
  };
  let html = template.replace(shell, () => `<div id="root">${page.root}</div>`);
  html = replaceOnce(html, /<html lang="en">/, () => `<html lang="${locale}" dir="${page.dir}">`);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`);
  html = replaceOnce(
    html,
    /(<meta\s+name="description"\s+content=")[^"]*"/,
    (opening) => `${opening}${escapeHtml(page.description)}"`,
  );
  return replaceOnce(
    html,
    /(<link rel="manifest" href=")[^"]*"/,
    (opening) => `${opening}${pageBase}manifest.webmanifest"`,
  );
}

/** Each language's catalog chunk (`assets/de-XXXXXXXX.js`, from src/i18n/catalogs/de/), by language. */
function catalogChunks(outDir: string, base: string): Partial<Record<Locale, string>> {
  const files = readdirSync(join(outDir, 'assets'));
  const chunks: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
    const found = files.filter((file) => new RegExp(`^${localeSegment(locale)}-[\\w-]{8}\\.js$`).test(file));
    if (found.length !== 1)
      throw new Error(`Expected one catalog chunk for ${locale}, found ${found.join(', ') || 'none'}`);
    chunks[locale] = `${base}assets/${found[0]}`;
  }
  return chunks;
}

/** The manifest's icons, seen from a language's folder. */
function relocatedIcons(manifest: Record<string, unknown>): unknown {
  const icons = manifest.icons as { src: string }[] | undefined;
  return icons?.map((icon) => ({ ...icon, src: /^[a-z]+:|^\//.test(icon.src) ? icon.src : `../${icon.src}` }));
}

/**
 * The app's root: the English page, first in its head the script that turns it into the
 * listener's language before the first paint, and the differences it needs as JSON data.
 */
async function chooseLanguageFirst(
  html: string,
  translations: Record<string, PageTranslation>,
  base: string,
  catalogs: Record<string, string>,
): Promise<string> {
  const data = 'page-translations';
  const script = await buildInlineScript('choose-language', { base, data, catalogs: JSON.stringify(catalogs) });
  const json = JSON.stringify(translations).replaceAll('<', '\\u003c');
  // First after the Content-Security-Policy, which governs only what follows it.
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
  if (!policy) throw new Error('index.html has no Content-Security-Policy meta tag');
  let page = html.replace(policy[0], () => `${policy[0]}\n    <script>${script}</script>`);
  page = page.replace('</body>', () => `<script type="application/json" id="${data}">${json}</script></body>`);
  return allowInPolicy(page, 'script-src', cspHash(script));
}
