import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { inlineStylesheet, loadScriptsAfterFirstPaint, startFallbackPage } from '../html.ts';

/**
 * Renders the signed-out landing page into the built index.html, so it paints before any
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
          renderLanding: () => string;
        };
        const outDir = resolve(config.root, config.build.outDir);
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        const shell = '<div id="root"></div>';
        if (!html.includes(shell)) throw new Error('index.html has no empty #root to prerender into');
        const prerendered = html.replace(shell, `<div id="root">${renderLanding()}</div>`);
        writeFileSync(file, await loadScriptsAfterFirstPaint(inlineEntryStylesheet(prerendered, outDir), config.base));
        const fallback = join(outDir, '404.html');
        writeFileSync(
          fallback,
          await startFallbackPage(
            inlineEntryStylesheet(readFileSync(fallback, 'utf8'), outDir),
            `${config.base}account`,
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
