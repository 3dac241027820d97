// The emulator's public types. Kept apart from the implementation so that the
// e2e client and the adapters can import them without pulling in any code.

/** Where each service is mounted. Absolute, or path-only (resolved against the incoming request's origin). */
export interface EmulatorUrls {
  accounts: string;
  /** Includes the version, like https://api.spotify.com/v1. */
  api: string;
  images: string;
  /** The control API; defaults to `{accounts}/__control`. */
  control?: string;
}

export interface RegisteredClient {
  clientId: string;
  /** Shown on the consent page; defaults to "Heavy Rotation". */
  name?: string;
  redirectUris: string[];
}

export type Dataset = 'default' | 'empty' | 'hostile';

export interface EmulatorConfig {
  /** Seconds an access token lives. */
  accessTokenLifetime: number;
  /** Seconds an authorization code lives. */
  codeLifetime: number;
  /** Seconds from the ORIGINAL sign-in after which its refresh token stops working (refreshing does not extend it). */
  refreshTokenLifetime: number;
  /** Added to every accounts and API response, preflights included. */
  latencyMs: number;
  /** Development-mode field stripping. */
  devMode: boolean;
  /** The API answers 403 as it does for a user missing from a development-mode app's user list. */
  unregisteredUser: boolean;
  dataset: Dataset;
  /** Access-Control-Max-Age on API preflights. */
  corsMaxAge: number;
  /**
   * Scopes that consent does not grant, as for a user who never allowed them: tokens lack them, the API answers
   * 403 "Insufficient client scope", and the consent page shows again for them.
   */
  withheldScopes: string[];
}

export interface EmulatorOptions {
  urls: EmulatorUrls;
  clients?: RegisteredClient[];
  config?: Partial<EmulatorConfig>;
  /** Wall clock in ms; the emulator adds its own offset (advanceClock). */
  now?: () => number;
}

export type FaultKind = 'status' | 'network' | 'malformed-json' | 'missing-field';

export interface Fault {
  target: 'accounts' | 'api';
  /** Matches when the service-relative pathname starts with this ('/me/top/tracks', '/api/token'); omitted = any. */
  path?: string;
  method?: string;
  /** How many matching requests it hits; default 1. */
  times?: number;
  kind: FaultKind;
  /** For kind 'status'. */
  status?: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Default true; false = the response carries no CORS headers, so a browser sees a network error. */
  cors?: boolean;
  /** e.g. 'QUOTA_EXCEEDED' in a 429 body; for accounts faults, the RFC 6749 error code. */
  reason?: string;
  /**
   * For kind 'status': the error message instead of the status's usual one, e.g. 'Insufficient client scope'
   * for a 403 (the API's `error.message`; the accounts service's `error_description`).
   */
  message?: string;
}

export type ServiceName = 'accounts' | 'api' | 'images';

export interface LogEntry {
  /** Emulator clock, ms. */
  at: number;
  service: ServiceName;
  method: string;
  /** Service-relative pathname ('/me/top/tracks', '/api/token'). */
  path: string;
  search: string;
  /** 0 when a network fault dropped the connection. */
  status: number;
  preflight: boolean;
  origin: string | null;
  /** The Referer header; null when the browser sent none (Referrer-Policy: no-referrer). */
  referer: string | null;
  grantType?: string;
  faulted?: boolean;
}

export interface LogFilter {
  service?: ServiceName;
  /** Prefix of the service-relative pathname. */
  path?: string;
}

/** A playlist created through the emulator's Web API (control API: GET /playlists). */
export interface EmulatorPlaylist {
  id: string;
  ownerId: string;
  name: string;
  description: string | null;
  public: boolean;
  collaborative: boolean;
  /** Item URIs in playlist order. */
  uris: string[];
  snapshotId: string;
  /** How many add-items requests succeeded. */
  addRequests: number;
}

export type Handler = (req: Request) => Promise<Response>;

/**
 * What an emulator running in a page (the demo) carries across a reload, as JSON-safe data: the
 * sign-ins with their live tokens, the consent given, and the playlists made. Codes are not kept
 * (single-use and short-lived), nor config, faults or the log.
 */
/** One sign-in: the tokens issued from one authorization code share it. */
export interface SignIn {
  clientId: string;
  scopes: string[];
  /** Emulator clock, ms. Refresh tokens die refreshTokenLifetime after this. */
  signedInAt: number;
  revoked: boolean;
}

export interface SavedSignIns {
  signIns: SignIn[];
  /** Token → index into `signIns`, and the emulator-clock expiry. */
  accessTokens: [string, { signIn: number; expiresAt: number }][];
  refreshTokens: [string, { signIn: number; revoked: boolean }][];
  /** Client ID → scopes consented to. */
  grants: [string, string[]][];
  playlists: EmulatorPlaylist[];
}

export interface Emulator {
  /** /authorize (GET), the consent decision (POST /authorize/consent), /api/token (POST). */
  accounts: Handler;
  /** {api}/me, {api}/me/top/{type}, {api}/artists/{id}, POST {api}/me/playlists, POST {api}/playlists/{id}/items. */
  api: Handler;
  /** {images}/image/{key}. */
  images: Handler;
  /** JSON control API, paths relative to its mount. */
  control: Handler;
  reset(): void;
  configure(partial: Partial<EmulatorConfig>): void;
  injectFault(fault: Fault): void;
  advanceClock(seconds: number): void;
  /** Revokes every refresh token issued so far; returns how many. */
  revokeRefreshTokens(): number;
  /** The sign-ins, tokens still valid, consent and playlists, to restore in a later emulator (see SavedSignIns). */
  saveSignIns(): SavedSignIns;
  /** Takes back what saveSignIns gave; anything malformed is refused whole (returns false) and nothing changes. */
  restoreSignIns(saved: unknown): boolean;
  readonly log: readonly LogEntry[];
  clearLog(): void;
  /** Playlists created since the last reset, oldest first. */
  readonly playlists: readonly EmulatorPlaylist[];
  readonly config: EmulatorConfig;
  readonly urls: EmulatorUrls;
}
