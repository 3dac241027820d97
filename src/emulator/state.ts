// Everything the emulator remembers, in one object that reset() rebuilds.
import type { EmulatorConfig, EmulatorPlaylist, Fault, LogEntry } from './types';

/** One sign-in: the tokens issued from one authorization code share it. */
export interface SignIn {
  clientId: string;
  scopes: string[];
  /** Emulator clock, ms. Refresh tokens die refreshTokenLifetime after this. */
  signedInAt: number;
  revoked: boolean;
}

export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  expiresAt: number;
  used: boolean;
  /** Exchanged more than once: everything issued from it is revoked. */
  replayed?: boolean;
  signIn?: SignIn;
}

export interface AccessTokenGrant {
  signIn: SignIn;
  expiresAt: number;
}

export interface RefreshTokenGrant {
  signIn: SignIn;
  revoked: boolean;
}

/** A playlist the app created (POST /me/playlists), with every item added to it. */
export type PlaylistRecord = EmulatorPlaylist;

export interface PendingFault {
  fault: Fault;
  remaining: number;
}

export interface State {
  config: EmulatorConfig;
  faults: PendingFault[];
  codes: Map<string, CodeGrant>;
  accessTokens: Map<string, AccessTokenGrant>;
  refreshTokens: Map<string, RefreshTokenGrant>;
  /** Scopes the user has agreed to, per client id (consent is skipped for these). */
  grants: Map<string, Set<string>>;
  log: LogEntry[];
  clockOffsetMs: number;
  /** Playlists created since the last reset, in creation order. */
  playlists: PlaylistRecord[];
  /** The last request a network fault dropped, by method, URL and token; `at` is real time (performance.now). */
  lastDrop?: { key: string; at: number };
}

export function createState(config: EmulatorConfig): State {
  return {
    config: { ...config },
    faults: [],
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    grants: new Map(),
    log: [],
    clockOffsetMs: 0,
    playlists: [],
  };
}

/** Keeps a long dev session from growing the log without bound. */
export const LOG_LIMIT = 2000;
