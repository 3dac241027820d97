import type { Plugin } from 'vite';
import { withCompileHint } from '../compile-hint.ts';

/**
 * The code each page starts: index.html (the prerendered start page) preloads the landing
 * chunk it hydrates with, and 404.html — what static hosts without rewrites (GitHub Pages)
 * answer for unknown paths — is the app itself, preloading the router app, so deep links
 * and the /account callback boot with their URL intact.
 */
export function pagePreloadsPlugin(): Plugin {
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
          '/src/app/boot/start-router.tsx',
          '/src/app/signed-in/signed-in.ts',
          '/src/app/routes/top-list-routes.tsx',
          '/src/features/history/record-visit.ts',
        );
        const startPage = preloaded('/src/app/boot/start-landing.tsx');
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
