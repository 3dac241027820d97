// Puts the production Content-Security-Policy (build-config/csp.ts) into the built page.
import { loadEnv, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../csp.ts';

/** Adds the CSP to the built index.html (dev needs inline scripts for hot reload, so not there). */
export function cspPlugin(): Plugin {
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

/** VITE_* settings from the environment, which override the .env files' (as Vite's own loading does). */
function pickViteEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[0].startsWith('VITE_') && entry[1] !== undefined,
    ),
  );
}
