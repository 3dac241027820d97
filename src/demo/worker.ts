// The in-browser demo: the Spotify emulator answers the app's requests to its same-origin
// demo URLs (config.demo), through Mock Service Worker. MSW's worker forwards each request
// to this page, where the emulator runs; so the app's real sign-in and Web API code run
// unchanged, only their base URLs differ. Loaded only through dynamic import().
import { http, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { DEMO_CLIENT_ID } from '../auth/endpoints';
import { readDemoEmulator, readDemoMode, writeDemoEmulator } from '../auth/token-store';
import { config } from '../config';
import { createEmulator, type Emulator, type Handler } from '../emulator';
import { t } from '../i18n/i18n';
import { demoMessages } from './messages';

export interface Demo {
  emulator: Emulator;
  worker: SetupWorker;
}

let demo: Promise<Demo> | null = null;

function mount(base: string, handler: (request: Request) => Promise<Response>): HttpHandler {
  return http.all(`${base}/*`, ({ request }) => handler(request));
}

/**
 * Starts the demo once per page: the emulator, and the worker that routes requests to it. The
 * emulator lives in the page, so it takes back the sign-ins the last page saved: a reload keeps
 * the demo session, its consent and its playlists. It saves them after every request that can
 * change them (the accounts service, and the API's writes).
 */
export function startDemo(): Promise<Demo> {
  demo ??= (async () => {
    const emulator = createEmulator({
      urls: { accounts: config.demo.accountsUrl, api: config.demo.apiUrl, images: config.demo.imagesUrl },
      clients: [{ clientId: DEMO_CLIENT_ID, name: t(demoMessages.clientName), redirectUris: [config.redirectUri] }],
    });
    emulator.restoreSignIns(readDemoEmulator());
    const saving =
      (handler: Handler, when: (request: Request) => boolean = () => true): Handler =>
      async (request) => {
        const response = await handler(request);
        // Not after the user left the demo while this was under way: leaving forgets it all.
        if (when(request) && readDemoMode()) writeDemoEmulator(emulator.saveSignIns());
        return response;
      };
    const worker = setupWorker(
      mount(config.demo.accountsUrl, saving(emulator.accounts)),
      mount(
        config.demo.apiUrl,
        saving(emulator.api, (request) => request.method === 'POST'),
      ),
      mount(config.demo.imagesUrl, emulator.images),
    );
    await worker.start({
      serviceWorker: { url: `${config.basePath}mockServiceWorker.js`, options: { scope: config.basePath } },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return { emulator, worker };
  })().catch((error: unknown) => {
    demo = null;
    throw error;
  });
  return demo;
}

/** Stops answering and unregisters the service worker: nothing of the demo stays installed. */
export async function stopDemo(): Promise<void> {
  const running = demo;
  demo = null;
  if (running) (await running.catch(() => null))?.worker.stop();
  const registration = await navigator.serviceWorker?.getRegistration(config.basePath);
  await registration?.unregister();
}
