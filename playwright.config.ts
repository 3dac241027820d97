import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, requireChromium } from './e2e/support/chromium';

// Before anything is built or started: without a browser, one message and a non-zero exit.
const executablePath = requireChromium();

// All ports derive from one base, so two suites can run side by side (E2E_PORT_BASE=4200 …).
const portBase = Number(process.env.E2E_PORT_BASE ?? 4100);
const port = (offset: number) => String(portBase + offset);

export const EMULATOR = {
  accounts: `http://127.0.0.1:${port(1)}`,
  api: `http://127.0.0.1:${port(2)}/v1`,
  images: `http://127.0.0.1:${port(3)}`,
  clientId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
};
export const APP_BASE = '/heavy-rotation/';
const APP_ORIGIN = `http://127.0.0.1:${port(73)}`;
const outDir = `dist-e2e-${portBase}`;
// The specs' control-API client reads this.
process.env.EMULATOR_ACCOUNTS_URL = EMULATOR.accounts;
process.env.EMULATOR_IMAGES_URL = EMULATOR.images;
// The production build the app server serves, for the specs that read the built files.
process.env.E2E_BUILD_DIR = outDir;
// `npm run dev` as a developer runs it: React in development mode (StrictMode), the emulator
// embedded same-origin at /__emulator/…; for the `dev` project's specs (e2e/dev-*.spec.ts).
const DEV_ORIGIN = `http://127.0.0.1:${port(74)}`;
process.env.E2E_DEV_URL = DEV_ORIGIN;

// The build above, served by a strict static host (no SPA rewrites): the GitHub Pages case.
const STATIC_ORIGIN = `http://127.0.0.1:${port(75)}`;
// A client ID a visitor brings on the setup screen; registered with the emulator too.
export const OWN_CLIENT_ID = '0123456789abcdef0123456789abcdef';

const appEnv = {
  VITE_SPOTIFY_CLIENT_ID: EMULATOR.clientId,
  VITE_SPOTIFY_ACCOUNTS_URL: EMULATOR.accounts,
  VITE_SPOTIFY_API_URL: EMULATOR.api,
  VITE_SPOTIFY_IMAGE_ORIGINS: EMULATOR.images,
};

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // One emulator, shared state: tests run one at a time and reset it first.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `${APP_ORIGIN}${APP_BASE}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: [/dev-.*\.spec\.ts$/, /static-host\//],
    },
    {
      name: 'dev',
      testMatch: /dev-.*\.spec\.ts$/,
      // The dev server compiles modules on first request.
      timeout: 60_000,
      use: { ...devices['Desktop Chrome'], baseURL: `${DEV_ORIGIN}/` },
    },
    {
      // The same build on a host without rewrites, like GitHub Pages (e2e/support/static-host.ts).
      name: 'static-host',
      testMatch: /static-host\/.*\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `${STATIC_ORIGIN}${APP_BASE}` },
    },
  ],
  webServer: [
    {
      command: 'npx tsx src/emulator/serve.ts',
      url: `${EMULATOR.accounts}/__control/config`,
      env: {
        EMULATOR_ACCOUNTS_PORT: port(1),
        EMULATOR_API_PORT: port(2),
        EMULATOR_IMAGES_PORT: port(3),
        EMULATOR_CLIENT_ID: EMULATOR.clientId,
        EMULATOR_EXTRA_CLIENT_IDS: OWN_CLIENT_ID,
        EMULATOR_REDIRECT_URIS: `http://127.0.0.1${APP_BASE}account`,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The real production build, under a sub-path, cross-origin to the emulator.
      command: `npx vite build --base ${APP_BASE} --outDir ${outDir} --emptyOutDir && npx vite preview --base ${APP_BASE} --outDir ${outDir} --port ${port(73)}`,
      url: `${APP_ORIGIN}${APP_BASE}`,
      env: appEnv,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // README's first command: the dev server, no client ID, so the emulator is embedded.
      command: `npx vite --port ${port(74)} --strictPort`,
      url: `${DEV_ORIGIN}/__emulator/control/config`,
      // Blank (not just absent): a developer's own settings must not switch the emulator off.
      env: {
        VITE_SPOTIFY_CLIENT_ID: '',
        VITE_SPOTIFY_ACCOUNTS_URL: '',
        VITE_SPOTIFY_API_URL: '',
        VITE_SPOTIFY_IMAGE_ORIGINS: '',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // Starts after the build above; serves its output by GitHub Pages' rules.
      command: 'npx tsx e2e/support/static-host.ts',
      url: `${STATIC_ORIGIN}${APP_BASE}`,
      env: { STATIC_ROOT: outDir, STATIC_BASE: APP_BASE, STATIC_PORT: port(75) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
