// Emulator settings: defaults, and checks for settings that arrive as JSON.
import type { EmulatorConfig, Fault } from './types';

export const DEFAULT_CONFIG: Readonly<EmulatorConfig> = {
  accessTokenLifetime: 3600,
  codeLifetime: 600,
  // Six months from the original sign-in (Spotify blog, 2026-06-18).
  refreshTokenLifetime: 15_552_000,
  latencyMs: 0,
  devMode: false,
  unregisteredUser: false,
  dataset: 'default',
  corsMaxAge: 86_400,
  withheldScopes: [],
};

const NUMBER_KEYS = ['accessTokenLifetime', 'codeLifetime', 'refreshTokenLifetime', 'latencyMs', 'corsMaxAge'] as const;
const BOOLEAN_KEYS = ['devMode', 'unregisteredUser'] as const;
const DATASETS = ['default', 'empty', 'hostile'];

/** Throws a TypeError naming the first bad setting. */
export function checkConfigPatch(patch: unknown): Partial<EmulatorConfig> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new TypeError('Config must be a JSON object');
  }
  for (const [key, value] of Object.entries(patch)) {
    if ((NUMBER_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new TypeError(`${key} must be a number >= 0`);
      }
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'boolean') throw new TypeError(`${key} must be true or false`);
    } else if (key === 'withheldScopes') {
      if (!Array.isArray(value) || !value.every((scope) => typeof scope === 'string')) {
        throw new TypeError('withheldScopes must be a list of scope names');
      }
    } else if (key === 'dataset') {
      if (!DATASETS.includes(value as string)) throw new TypeError(`dataset must be one of ${DATASETS.join(', ')}`);
    } else {
      throw new TypeError(`Unknown setting: ${key}`);
    }
  }
  return patch as Partial<EmulatorConfig>;
}

const FAULT_KINDS = ['status', 'network', 'malformed-json', 'missing-field'];

export function checkFault(fault: unknown): Fault {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
    throw new TypeError('A fault must be a JSON object');
  }
  const f = fault as Record<string, unknown>;
  if (f.target !== 'accounts' && f.target !== 'api') throw new TypeError('fault.target must be "accounts" or "api"');
  if (!FAULT_KINDS.includes(f.kind as string))
    throw new TypeError(`fault.kind must be one of ${FAULT_KINDS.join(', ')}`);
  if (
    f.kind === 'status' &&
    !(Number.isInteger(f.status) && (f.status as number) >= 400 && (f.status as number) <= 599)
  ) {
    throw new TypeError('fault.status must be an HTTP error status (400–599) for kind "status"');
  }
  if (f.path !== undefined && (typeof f.path !== 'string' || !f.path.startsWith('/'))) {
    throw new TypeError('fault.path must start with "/"');
  }
  if (f.method !== undefined && typeof f.method !== 'string') throw new TypeError('fault.method must be a string');
  if (f.times !== undefined && !(Number.isInteger(f.times) && (f.times as number) >= 1)) {
    throw new TypeError('fault.times must be an integer >= 1');
  }
  if (f.retryAfter !== undefined && !(typeof f.retryAfter === 'number' && f.retryAfter >= 0)) {
    throw new TypeError('fault.retryAfter must be a number of seconds >= 0');
  }
  if (f.cors !== undefined && typeof f.cors !== 'boolean') throw new TypeError('fault.cors must be true or false');
  if (f.reason !== undefined && typeof f.reason !== 'string') throw new TypeError('fault.reason must be a string');
  if (f.message !== undefined && (typeof f.message !== 'string' || !f.message)) {
    throw new TypeError('fault.message must be a non-empty string');
  }
  return f as unknown as Fault;
}
