/// <reference types="vitest/config" />
// Assembles the build from its plugins; each is a file of its own (src/build-config/plugins).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './src/build-config/plugins/csp.ts';
import { pagePreloadsPlugin } from './src/build-config/plugins/page-preloads.ts';
import { precompileMessagesPlugin } from './src/build-config/plugins/precompile-messages.ts';
import { prerenderPlugin } from './src/build-config/plugins/prerender.ts';
import { emulatorDevPlugin } from './src/emulator/node/vite-plugin.ts';

// 127.0.0.1, not localhost: Spotify rejects `localhost` redirect URIs.
export default defineConfig({
  plugins: [
    precompileMessagesPlugin(),
    react(),
    emulatorDevPlugin(),
    cspPlugin(),
    pagePreloadsPlugin(),
    prerenderPlugin(),
  ],
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
    include: ['src/**/*.test.{ts,tsx}', 'e2e/bench/**/*.test.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
