// A typed client of the Spotify emulator's control API, for Playwright specs.
// The emulator runs as Playwright's webServer (src/emulator/serve.ts), and embedded in
// the dev server at /__emulator/control (src/emulator/node/vite-plugin.ts).
import type { EmulatorConfig, EmulatorPlaylist, Fault, LogEntry, LogFilter } from '../../src/emulator/index.ts';

export interface EmulatorControl {
  /** Back to a fresh emulator: default config, no faults, codes, tokens, grants or log; clock offset 0. */
  resetEmulator(): Promise<void>;
  /** Changes settings (e.g. `{ devMode: true }`, `{ dataset: 'empty' }`); returns the whole config. */
  configureEmulator(partial: Partial<EmulatorConfig>): Promise<EmulatorConfig>;
  /** Queues a fault; faults are served in order to the requests they match. */
  injectFault(fault: Fault): Promise<void>;
  /** Drops every fault still queued: Spotify is well again. */
  clearFaults(): Promise<void>;
  /** Requests the emulator served (preflights included, marked `preflight: true`), oldest first. */
  emulatorLog(filter?: LogFilter): Promise<LogEntry[]>;
  clearLog(): Promise<void>;
  /** Moves the emulator's clock forward: expires access tokens, codes and, eventually, refresh tokens. */
  advanceClock(seconds: number): Promise<void>;
  /** Revokes every refresh token issued so far; returns how many. */
  revokeRefreshTokens(): Promise<number>;
  /** Playlists the app created since the last reset (as the emulator received them), oldest first. */
  emulatorPlaylists(): Promise<EmulatorPlaylist[]>;
}

/** A client of the control API mounted at `controlUrl` (e.g. `http://127.0.0.1:5173/__emulator/control`). */
export function createEmulatorControl(controlUrl: string): EmulatorControl {
  const base = controlUrl.replace(/\/+$/, '');
  async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as T & { error?: string };
    if (!response.ok)
      throw new Error(`Emulator control ${method} ${path} failed (${response.status}): ${json.error ?? ''}`);
    return json;
  }
  return {
    async resetEmulator() {
      await control('POST', '/reset');
    },
    configureEmulator: (partial) => control('PATCH', '/config', partial),
    async injectFault(fault) {
      await control('POST', '/faults', fault);
    },
    async clearFaults() {
      await control('DELETE', '/faults');
    },
    emulatorLog(filter = {}) {
      const query = new URLSearchParams();
      if (filter.service) query.set('service', filter.service);
      if (filter.path) query.set('path', filter.path);
      const search = query.size ? `?${query}` : '';
      return control('GET', `/log${search}`);
    },
    async clearLog() {
      await control('DELETE', '/log');
    },
    async advanceClock(seconds) {
      await control('POST', '/clock/advance', { seconds });
    },
    async revokeRefreshTokens() {
      return (await control<{ revoked: number }>('POST', '/revoke-refresh-tokens')).revoked;
    },
    emulatorPlaylists: () => control('GET', '/playlists'),
  };
}

/** The emulator on its own origins, as playwright.config.ts starts it. */
const standalone = createEmulatorControl(
  `${(process.env.EMULATOR_ACCOUNTS_URL ?? 'http://127.0.0.1:4101').replace(/\/+$/, '')}/__control`,
);

export const {
  resetEmulator,
  configureEmulator,
  injectFault,
  clearFaults,
  emulatorLog,
  clearLog,
  advanceClock,
  revokeRefreshTokens,
  emulatorPlaylists,
} = standalone;
