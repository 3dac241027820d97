/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, defineConfig, loadEnv, type Plugin, type ResolvedConfig } from 'vite';
import { contentSecurityPolicy } from './src/build-config/csp.ts';
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
 * Static hosts without rewrites (GitHub Pages) answer unknown paths with 404.html: make it
 * the app itself, so deep links and the /account callback boot with their URL intact.
 */
function notFoundFallbackPlugin(): Plugin {
  let base = '/';
  return {
    name: 'heavy-rotation:404-fallback',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      // Every address but the start page boots the router app: preload its code with the page.
      const router = Object.values(bundle).find(
        (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/app/start-router.tsx'),
      );
      const files = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (chunk?.type !== 'chunk' || files.has(fileName) || chunk.isEntry) return;
        if (String(index.source).includes(fileName)) return;
        files.add(fileName);
        chunk.imports.forEach(visit);
      };
      if (router) visit(router.fileName);
      const links = [...files].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('');
      this.emitFile({
        type: 'asset',
        fileName: '404.html',
        source: String(index.source).replace('</head>', `${links}</head>`),
      });
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

/**
 * Puts the entry stylesheet into index.html itself: the first paint then waits for no
 * second request. The CSP allows exactly that style block by its hash.
 */
function inlineStylesheet(html: string, outDir: string): string {
  const link = /<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/[^"]+\.css)"[^>]*>/.exec(html);
  if (!link) return html;
  const css = readFileSync(join(outDir, link[1]!), 'utf8');
  const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
  // The CSP meta's quotes arrive HTML-escaped (&#39;) from Vite's tag injection.
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src (&#39;|')self\2)/;
  if (!policy.test(html)) throw new Error('No style-src in the CSP to allow the inlined stylesheet');
  return html
    .replace(link[0], () => `<style>${css}</style>`)
    .replace(policy, (_m, head: string, q: string) => `${head} ${q}${hash}${q}`);
}

/**
 * Renders the signed-out landing page into the built index.html, so it paints before any
 * JavaScript arrives (main.tsx hydrates it). 404.html, the fallback for every other path on
 * static hosts, stays an empty shell: a deep link must not flash the landing page.
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
        const file = join(resolve(config.root, config.build.outDir), 'index.html');
        const html = readFileSync(file, 'utf8');
        const shell = '<div id="root"></div>';
        if (!html.includes(shell)) throw new Error('index.html has no empty #root to prerender into');
        const outDir = resolve(config.root, config.build.outDir);
        writeFileSync(file, inlineStylesheet(html.replace(shell, `<div id="root">${renderLanding()}</div>`), outDir));
      } finally {
        await server.close();
      }
    },
  };
}

// 127.0.0.1, not localhost: Spotify rejects `localhost` redirect URIs.
export default defineConfig({
  plugins: [react(), emulatorDevPlugin(), cspPlugin(), notFoundFallbackPlugin(), prerenderPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
