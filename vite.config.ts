/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { emulatorDevPlugin } from './src/emulator/node/vite-plugin.ts';

/** Where Spotify serves artwork and avatars. */
const SPOTIFY_IMAGE_ORIGINS = [
  'https://i.scdn.co',
  'https://mosaic.scdn.co',
  'https://image-cdn-ak.spotifycdn.com',
  'https://image-cdn-fa.spotifycdn.com',
  'https://platform-lookaside.fbsbx.com',
];

function originOf(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  if (value.startsWith('/')) return "'self'";
  return new URL(value).origin;
}

/** The Content-Security-Policy of a production build, from its configuration. */
export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const imageOrigins = env.VITE_SPOTIFY_IMAGE_ORIGINS
    ? env.VITE_SPOTIFY_IMAGE_ORIGINS.split(/[\s,]+/)
        .filter(Boolean)
        .map((origin) => (origin === 'self' ? "'self'" : new URL(origin).origin))
    : SPOTIFY_IMAGE_ORIGINS;
  const connect = new Set([
    // The in-browser demo (src/demo): same-origin requests a service worker answers.
    "'self'",
    originOf(env.VITE_SPOTIFY_ACCOUNTS_URL, 'https://accounts.spotify.com'),
    originOf(env.VITE_SPOTIFY_API_URL, 'https://api.spotify.com'),
  ]);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${[...new Set(imageOrigins)].join(' ')}`,
    `connect-src ${[...connect].join(' ')}`,
    "manifest-src 'self'",
    // The demo's service worker (public/mockServiceWorker.js).
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

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
  return {
    name: 'heavy-rotation:404-fallback',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
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

// 127.0.0.1, not localhost: Spotify rejects `localhost` redirect URIs.
export default defineConfig({
  plugins: [react(), emulatorDevPlugin(), cspPlugin(), notFoundFallbackPlugin()],
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
