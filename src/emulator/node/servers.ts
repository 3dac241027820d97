// The emulator on three loopback origins, as Spotify has (accounts, API, images),
// sharing one state. The control API lives at {accounts}/__control.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from '../index.ts';
import type { Emulator, EmulatorConfig, EmulatorUrls, RegisteredClient } from '../index.ts';
import { nodeListener } from './http-adapter.ts';

export const DEFAULT_PORTS = { accounts: 4101, api: 4102, images: 4103 } as const;
export const CONTROL_PATH = '/__control';

export interface EmulatorServerOptions {
  host?: string;
  /** 0 picks a free port. */
  accountsPort?: number;
  apiPort?: number;
  imagesPort?: number;
  clients?: RegisteredClient[];
  config?: Partial<EmulatorConfig>;
  now?: () => number;
}

export interface EmulatorServers {
  urls: Required<EmulatorUrls>;
  emulator: Emulator;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startEmulatorServers(options: EmulatorServerOptions = {}): Promise<EmulatorServers> {
  const host = options.host ?? '127.0.0.1';
  // The handlers need the emulator, and the emulator needs the ports (0 = chosen on listen).
  let emulator: Emulator | undefined;
  const ready = (pick: (e: Emulator) => (req: Request) => Promise<Response>) =>
    nodeListener((req) => pick(emulator!)(req));
  const accounts = createServer(
    ready((e) => (req) => {
      const { pathname } = new URL(req.url);
      return pathname === CONTROL_PATH || pathname.startsWith(`${CONTROL_PATH}/`) ? e.control(req) : e.accounts(req);
    }),
  );
  const api = createServer(ready((e) => e.api));
  const images = createServer(ready((e) => e.images));
  const servers = [accounts, api, images];
  try {
    const [accountsPort, apiPort, imagesPort] = await Promise.all([
      listen(accounts, options.accountsPort ?? DEFAULT_PORTS.accounts, host),
      listen(api, options.apiPort ?? DEFAULT_PORTS.api, host),
      listen(images, options.imagesPort ?? DEFAULT_PORTS.images, host),
    ]);
    const origin = (port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const urls = {
      accounts: origin(accountsPort!),
      api: `${origin(apiPort!)}/v1`,
      images: origin(imagesPort!),
      control: `${origin(accountsPort!)}${CONTROL_PATH}`,
    };
    emulator = createEmulator({ urls, clients: options.clients, config: options.config, now: options.now });
    return {
      urls,
      emulator,
      close: async () => {
        await Promise.all(servers.map(closeServer));
      },
    };
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
}
