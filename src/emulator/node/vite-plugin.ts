// `vite` dev without a client ID runs the app against the built-in Spotify emulator,
// mounted on the dev server's own origin. With VITE_SPOTIFY_CLIENT_ID set (e.g. in
// .env.local) this plugin stays out of the way and the app talks to real Spotify.
import { fileURLToPath } from 'node:url';
import { loadEnv, type Plugin } from 'vite';
import { EMULATOR_CLIENT_ID } from '../constants.ts';
import type * as Core from '../index.ts';
import type { Handler } from '../types.ts';
import { connectMiddleware } from './http-adapter.ts';

export const DEV_MOUNTS = {
  accounts: '/__emulator/accounts',
  api: '/__emulator/api/v1',
  images: '/__emulator/images',
  control: '/__emulator/control',
} as const;

// Loaded through Vite's SSR module loader, not imported: vite.config.ts bundles every
// file this plugin imports, and the core's extensionless imports (which the app's
// tsconfig requires) would make Vite warn about them on every start.
const CORE_ENTRY = fileURLToPath(new URL('../index.ts', import.meta.url));

export function emulatorDevPlugin(): Plugin {
  let active = false;
  return {
    name: 'heavy-rotation:spotify-emulator',
    // Dev server only: not build, not preview, not vitest (which also "serves").
    apply: (_config, env) => env.command === 'serve' && !env.isPreview && !process.env.VITEST,
    config(userConfig, env) {
      const envDir = typeof userConfig.envDir === 'string' ? userConfig.envDir : (userConfig.root ?? process.cwd());
      const fileEnv = loadEnv(env.mode, envDir, 'VITE_');
      if ((process.env.VITE_SPOTIFY_CLIENT_ID || fileEnv.VITE_SPOTIFY_CLIENT_ID || '').trim()) return;
      active = true;
      // Vite folds `import.meta.env.*` defines into import.meta.env, in dev as in build.
      return {
        define: {
          'import.meta.env.VITE_SPOTIFY_CLIENT_ID': JSON.stringify(EMULATOR_CLIENT_ID),
          'import.meta.env.VITE_SPOTIFY_ACCOUNTS_URL': JSON.stringify(DEV_MOUNTS.accounts),
          'import.meta.env.VITE_SPOTIFY_API_URL': JSON.stringify(DEV_MOUNTS.api),
          'import.meta.env.VITE_SPOTIFY_IMAGE_ORIGINS': JSON.stringify('self'),
        },
      };
    },
    async configureServer(server) {
      if (!active) return;
      const { createEmulator } = (await server.ssrLoadModule(CORE_ENTRY)) as typeof Core;
      const base = server.config.base.replace(/\/?$/, '/');
      const emulator = createEmulator({
        urls: DEV_MOUNTS,
        clients: [
          {
            clientId: EMULATOR_CLIENT_ID,
            name: 'Heavy Rotation',
            // Port-less loopback URIs accept any port, so a dev server on another port still signs in.
            redirectUris: [`http://127.0.0.1${base}account`, `http://[::1]${base}account`],
          },
        ],
      });
      const mounts: [string, Handler][] = [
        [DEV_MOUNTS.accounts, emulator.accounts],
        [DEV_MOUNTS.api, emulator.api],
        [DEV_MOUNTS.images, emulator.images],
        [DEV_MOUNTS.control, emulator.control],
      ];
      for (const [path, handler] of mounts) server.middlewares.use(path, connectMiddleware(handler));

      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        server.config.logger.info(
          '  ➜  Running against the built-in Spotify emulator (no real account needed). To use real Spotify, set VITE_SPOTIFY_CLIENT_ID in .env.local.',
        );
      };
    },
  };
}
