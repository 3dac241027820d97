// Everything the emulator remembers, in one object that reset() rebuilds.
import type { EmulatorConfig, EmulatorPlaylist, Fault, LogEntry, SavedSignIns, SignIn } from './types';

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

/** The state's sign-ins as data (SavedSignIns): the access tokens still valid at `now`, every refresh token. */
export function saveSignIns(state: State, now: number): SavedSignIns {
  const signIns: SignIn[] = [];
  const indexOf = (signIn: SignIn) => {
    const at = signIns.indexOf(signIn);
    return at >= 0 ? at : signIns.push(signIn) - 1;
  };
  return {
    accessTokens: [...state.accessTokens]
      .filter(([, grant]) => grant.expiresAt > now)
      .map(([token, grant]) => [token, { signIn: indexOf(grant.signIn), expiresAt: grant.expiresAt }]),
    refreshTokens: [...state.refreshTokens].map(([token, grant]) => [
      token,
      { signIn: indexOf(grant.signIn), revoked: grant.revoked },
    ]),
    grants: [...state.grants].map(([clientId, scopes]) => [clientId, [...scopes]]),
    playlists: state.playlists.map((playlist) => ({ ...playlist, uris: [...playlist.uris] })),
    signIns: signIns.map((signIn) => ({ ...signIn, scopes: [...signIn.scopes] })),
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isSavedSignIns(saved: unknown): saved is SavedSignIns {
  if (!isRecord(saved)) return false;
  const { signIns, accessTokens, refreshTokens, grants, playlists } = saved;
  if (!Array.isArray(signIns) || !Array.isArray(accessTokens) || !Array.isArray(refreshTokens)) return false;
  if (!Array.isArray(grants) || !Array.isArray(playlists)) return false;
  const signInAt = (index: unknown) =>
    Number.isInteger(index) && (index as number) >= 0 && (index as number) < signIns.length;
  const token = (entry: unknown, check: (grant: Record<string, unknown>) => boolean) =>
    Array.isArray(entry) &&
    entry.length === 2 &&
    isString(entry[0]) &&
    isRecord(entry[1]) &&
    signInAt(entry[1].signIn) &&
    check(entry[1]);
  return (
    signIns.every(
      (s) =>
        isRecord(s) &&
        isString(s.clientId) &&
        isStrings(s.scopes) &&
        isNumber(s.signedInAt) &&
        typeof s.revoked === 'boolean',
    ) &&
    accessTokens.every((entry) => token(entry, (grant) => isNumber(grant.expiresAt))) &&
    refreshTokens.every((entry) => token(entry, (grant) => typeof grant.revoked === 'boolean')) &&
    grants.every((entry) => Array.isArray(entry) && entry.length === 2 && isString(entry[0]) && isStrings(entry[1])) &&
    playlists.every(
      (p) =>
        isRecord(p) &&
        isString(p.id) &&
        isString(p.ownerId) &&
        isString(p.name) &&
        isStrings(p.uris) &&
        isString(p.snapshotId),
    )
  );
}

/** Adds what saveSignIns gave to the state; refuses (false, nothing changed) anything malformed. */
export function restoreSignIns(state: State, saved: unknown): boolean {
  if (!isSavedSignIns(saved)) return false;
  const signIns: SignIn[] = saved.signIns.map((signIn) => ({ ...signIn, scopes: [...signIn.scopes] }));
  for (const [token, grant] of saved.accessTokens) {
    state.accessTokens.set(token, { signIn: signIns[grant.signIn]!, expiresAt: grant.expiresAt });
  }
  for (const [token, grant] of saved.refreshTokens) {
    state.refreshTokens.set(token, { signIn: signIns[grant.signIn]!, revoked: grant.revoked });
  }
  for (const [clientId, scopes] of saved.grants) state.grants.set(clientId, new Set(scopes));
  state.playlists.push(...saved.playlists.map((playlist) => ({ ...playlist, uris: [...playlist.uris] })));
  return true;
}
