// A typed client of the Spotify emulator's control API, for Playwright specs.
// The emulator runs as Playwright's webServer (src/emulator/serve.ts).
import type { EmulatorConfig, Fault, LogEntry, LogFilter } from '../../src/emulator/index.ts';

const CONTROL_URL = `${(process.env.EMULATOR_ACCOUNTS_URL ?? 'http://127.0.0.1:4101').replace(/\/+$/, '')}/__control`;

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${CONTROL_URL}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok)
    throw new Error(`Emulator control ${method} ${path} failed (${response.status}): ${json.error ?? ''}`);
  return json;
}

/** Back to a fresh emulator: default config, no faults, codes, tokens, grants or log; clock offset 0. */
export async function resetEmulator(): Promise<void> {
  await control('POST', '/reset');
}

/** Changes settings (e.g. `{ devMode: true }`, `{ dataset: 'empty' }`); returns the whole config. */
export function configureEmulator(partial: Partial<EmulatorConfig>): Promise<EmulatorConfig> {
  return control('PATCH', '/config', partial);
}

/** Queues a fault; faults are served in order to the requests they match. */
export async function injectFault(fault: Fault): Promise<void> {
  await control('POST', '/faults', fault);
}

/** Requests the emulator served (preflights included, marked `preflight: true`), oldest first. */
export function emulatorLog(filter: LogFilter = {}): Promise<LogEntry[]> {
  const query = new URLSearchParams();
  if (filter.service) query.set('service', filter.service);
  if (filter.path) query.set('path', filter.path);
  const search = query.size ? `?${query}` : '';
  return control('GET', `/log${search}`);
}

export async function clearLog(): Promise<void> {
  await control('DELETE', '/log');
}

/** Moves the emulator's clock forward: expires access tokens, codes and, eventually, refresh tokens. */
export async function advanceClock(seconds: number): Promise<void> {
  await control('POST', '/clock/advance', { seconds });
}

/** Revokes every refresh token issued so far; returns how many. */
export async function revokeRefreshTokens(): Promise<number> {
  return (await control<{ revoked: number }>('POST', '/revoke-refresh-tokens')).revoked;
}
