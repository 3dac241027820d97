/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, defineConfig, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { contentSecurityPolicy } from './src/build-config/csp.ts';
import { inlineStylesheet, loadScriptsAfterFirstPaint, startFallbackPage } from './src/build-config/html.ts';
import { withCompileHint } from './src/build-config/compile-hint.ts';
import { emulatorDevPlugin } from './src/emulator/node/vite-plugin.ts';

/** Adds the CSP to the built index.html (dev needs inline scripts for hot reload, so not there). */
function cspPlugin(): Plugin {
  let policy = '';
  return {
    name: 'heavy-rotation:csp',
    apply: 'build',
    configResolved(config) {
      policy = contentSecurityPolicy({
        ...loadEnv(config.mode, config.envDir || process.cwd(), 'VITE_'),
        ...pickViteEnv(),
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/**
 * The code each page starts: index.html (the prerendered start page) preloads the landing
 * chunk it hydrates with, and 404.html — what static hosts without rewrites (GitHub Pages)
 * answer for unknown paths — is the app itself, preloading the router app, so deep links
 * and the /account callback boot with their URL intact.
 */
function pagePreloadsPlugin(): Plugin {
  let base = '/';
  return {
    name: 'heavy-rotation:page-preloads',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    // After Vite's own rewrites of the chunks (its preload helper goes first in a file).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        const html = String(index.source);
        // A chunk's own file and the files it imports, less what the page already loads.
        const preloaded = (...moduleSuffixes: string[]) => {
          const files = new Set<string>();
          const visit = (fileName: string) => {
            const chunk = bundle[fileName];
            if (chunk?.type !== 'chunk' || files.has(fileName) || chunk.isEntry || html.includes(fileName)) return;
            files.add(fileName);
            chunk.imports.forEach(visit);
          };
          for (const suffix of moduleSuffixes) {
            const start = Object.values(bundle).find(
              (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(suffix),
            );
            if (!start) throw new Error(`No chunk for ${suffix}`);
            visit(start.fileName);
          }
          return [...files];
        };
        const links = (files: string[]) =>
          files.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('');
        // The router app, and the signed-in views most visits to it show: the callback and
        // reloads land on a top list, which records the visit in on-device history.
        const signedInPath = preloaded(
          '/src/app/start-router.tsx',
          '/src/app/signed-in.ts',
          '/src/app/top-list-routes.tsx',
          '/src/features/history/record-visit.ts',
        );
        const startPage = preloaded('/src/app/start-landing.tsx');
        // What only the signed-in app runs, all of it as the first list renders: compiled while
        // it streams in, not function by function on the main thread in the middle of that
        // render. Not what the start page shares (React): it must come alive fast.
        for (const file of signedInPath.filter((name) => !startPage.includes(name))) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') chunk.code = withCompileHint(chunk.code);
        }
        this.emitFile({
          type: 'asset',
          fileName: '404.html',
          source: html.replace('</head>', `${links(signedInPath)}</head>`),
        });
        index.source = html.replace('</head>', `${links(startPage)}</head>`);
      },
    },
  };
}

function pickViteEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[0].startsWith('VITE_') && entry[1] !== undefined,
    ),
  );
}

/** Both pages carry the entry stylesheet inline (see inlineStylesheet). */
function inlineEntryStylesheet(html: string, outDir: string): string {
  const href = /<link rel="stylesheet"[^>]*href="([^"]*\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) return html;
  return inlineStylesheet(html, href, readFileSync(join(outDir, href.replace(/^.*?\/assets\//, 'assets/')), 'utf8'));
}

/**
 * Renders the signed-out landing page into the built index.html, so it paints before any
 * JavaScript arrives, and asks for the JavaScript (start-landing.tsx hydrates the page) only
 * once it has painted. 404.html, the fallback for every other path on static hosts, stays
 * an empty shell that loads the app at once: a deep link must not flash the landing page.
 */
function prerenderPlugin(): Plugin {
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
        const { renderLanding } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          renderLanding: () => string;
        };
        const outDir = resolve(config.root, config.build.outDir);
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        const shell = '<div id="root"></div>';
        if (!html.includes(shell)) throw new Error('index.html has no empty #root to prerender into');
        const prerendered = html.replace(shell, `<div id="root">${renderLanding()}</div>`);
        writeFileSync(file, loadScriptsAfterFirstPaint(inlineEntryStylesheet(prerendered, outDir), config.base));
        const fallback = join(outDir, '404.html');
        writeFileSync(
          fallback,
          startFallbackPage(inlineEntryStylesheet(readFileSync(fallback, 'utf8'), outDir), `${config.base}account`),
        );
      } finally {
        await server.close();
      }
    },
  };
}

// 127.0.0.1, not localhost: Spotify rejects `localhost` redirect URIs.
export default defineConfig({
  plugins: [react(), emulatorDevPlugin(), cspPlugin(), pagePreloadsPlugin(), prerenderPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The CSP allows images from the app's own origin, not data: URLs: SVGs stay files.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
