// The emulator as a standalone process: `tsx src/emulator/serve.ts` (Playwright's
// webServer, `npm run emulator`). Configured by environment variables.
import { DEFAULT_REDIRECT_URIS, EMULATOR_CLIENT_ID } from './index.ts';
import { DEFAULT_PORTS, startEmulatorServers } from './node/servers.ts';

function port(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`${name} must be a port number, got "${value}"`);
  return parsed;
}

const latency = process.env.EMULATOR_LATENCY_MS ? Number(process.env.EMULATOR_LATENCY_MS) : 0;
if (!Number.isFinite(latency) || latency < 0) throw new Error('EMULATOR_LATENCY_MS must be a number >= 0');
const redirectUris = (process.env.EMULATOR_REDIRECT_URIS ?? DEFAULT_REDIRECT_URIS[0]!)
  .split(',')
  .map((uri) => uri.trim())
  .filter(Boolean);

// EMULATOR_EXTRA_CLIENT_IDS (comma-separated): more registered apps, e.g. a user's own client ID.
const clientIds = [
  process.env.EMULATOR_CLIENT_ID || EMULATOR_CLIENT_ID,
  ...(process.env.EMULATOR_EXTRA_CLIENT_IDS ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
];

const { urls, close } = await startEmulatorServers({
  host: process.env.EMULATOR_HOST || '127.0.0.1',
  accountsPort: port('EMULATOR_ACCOUNTS_PORT', DEFAULT_PORTS.accounts),
  apiPort: port('EMULATOR_API_PORT', DEFAULT_PORTS.api),
  imagesPort: port('EMULATOR_IMAGES_PORT', DEFAULT_PORTS.images),
  clients: clientIds.map((clientId) => ({ clientId, name: 'Heavy Rotation', redirectUris })),
  config: { latencyMs: latency },
});

console.log(
  `Spotify emulator: accounts ${urls.accounts}  api ${urls.api}  images ${urls.images}  (control ${urls.control})`,
);

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    void close().then(() => process.exit(0));
  });
}
