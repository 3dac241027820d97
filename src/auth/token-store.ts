// The only code that touches sessionStorage. Tokens live here and nowhere else:
// never in localStorage, cookies, the URL or logs.

export interface Session {
  accessToken: string;
  /** Epoch ms at which Spotify stops accepting the access token. */
  expiresAt: number;
  /** Epoch ms at which the access token was obtained. */
  obtainedAt: number;
  refreshToken: string | null;
  scopes: string[];
  clientId: string;
}

/** A sign-in in progress: what the callback needs to finish it. */
export interface PendingSignIn {
  verifier: string;
  state: string;
  /** Path (within the app) to return to after signing in. */
  returnTo: string;
  clientId: string;
  createdAt: number;
  /**
   * Where the code is exchanged, and the redirect URI sent with it: with these, the callback
   * page sends the exchange while it is still loading (see build-config/html.ts). Absent in
   * demo mode, whose Accounts service answers only once the page's code runs.
   */
  tokenUrl?: string;
  redirectUri?: string;
  /** The language segment of the address the sign-in began at (`de/`), for the callback to return to. */
  addressPrefix?: string;
}

/** Why the user is looking at the signed-out screen, when it wasn't their choice. */
export type SignedOutReason = 'session-ended' | 'session-rejected';

const SESSION_KEY = 'heavy-rotation:session';
export const PENDING_KEY = 'heavy-rotation:pending-sign-in';
const REASON_KEY = 'heavy-rotation:signed-out-reason';
const DEMO_KEY = 'heavy-rotation:demo';
const DEMO_EMULATOR_KEY = 'heavy-rotation:demo-emulator';

type Listener = () => void;
const listeners = new Set<Listener>();
let cachedRaw: string | null | undefined;
let cachedSession: Session | null = null;

function emit() {
  for (const listener of listeners) listener();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// Stored data is untrusted input: another version of the app, or a user, may have written it.
function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Record<string, unknown>;
    if (
      typeof v.accessToken !== 'string' ||
      !v.accessToken ||
      typeof v.expiresAt !== 'number' ||
      typeof v.obtainedAt !== 'number' ||
      !(typeof v.refreshToken === 'string' || v.refreshToken === null) ||
      !isStringArray(v.scopes) ||
      typeof v.clientId !== 'string'
    ) {
      return null;
    }
    return {
      accessToken: v.accessToken,
      expiresAt: v.expiresAt,
      obtainedAt: v.obtainedAt,
      refreshToken: v.refreshToken,
      scopes: v.scopes,
      clientId: v.clientId,
    };
  } catch {
    return null;
  }
}

export function readSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  // Keep the same object while storage is unchanged, for useSyncExternalStore.
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedSession = parseSession(raw);
  }
  return cachedSession;
}

export function writeSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  sessionStorage.removeItem(REASON_KEY);
  emit();
}

/** Forget the session; with a reason when the user did not ask for it. */
export function clearSession(reason?: SignedOutReason): void {
  sessionStorage.removeItem(SESSION_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (reason) sessionStorage.setItem(REASON_KEY, reason);
  else sessionStorage.removeItem(REASON_KEY);
  emit();
}

export function readSignedOutReason(): SignedOutReason | null {
  const value = sessionStorage.getItem(REASON_KEY);
  return value === 'session-ended' || value === 'session-rejected' ? value : null;
}

export function writePendingSignIn(pending: PendingSignIn): void {
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

/** The language segment the pending sign-in began under, without using the sign-in up. */
export function readPendingAddressPrefix(): string {
  try {
    const prefix = (JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Partial<PendingSignIn> | null)
      ?.addressPrefix;
    return typeof prefix === 'string' && /^[a-z-]+\/$/.test(prefix) ? prefix : '';
  } catch {
    return '';
  }
}

/** Read and delete the pending sign-in in one step: a state and verifier are used once. */
export function takePendingSignIn(): PendingSignIn | null {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (
      typeof v.verifier === 'string' &&
      typeof v.state === 'string' &&
      typeof v.returnTo === 'string' &&
      typeof v.clientId === 'string' &&
      typeof v.createdAt === 'number'
    ) {
      return {
        verifier: v.verifier,
        state: v.state,
        returnTo: v.returnTo,
        clientId: v.clientId,
        createdAt: v.createdAt,
        ...(typeof v.tokenUrl === 'string' && typeof v.redirectUri === 'string'
          ? { tokenUrl: v.tokenUrl, redirectUri: v.redirectUri }
          : {}),
      };
    }
  } catch {
    // fall through: unreadable means absent
  }
  return null;
}

/** This tab runs the in-browser demo: its endpoints and client ID replace the real ones. */
export function readDemoMode(): boolean {
  return sessionStorage.getItem(DEMO_KEY) === 'on';
}

export function writeDemoMode(on: boolean): void {
  if (on) sessionStorage.setItem(DEMO_KEY, 'on');
  else {
    sessionStorage.removeItem(DEMO_KEY);
    sessionStorage.removeItem(DEMO_EMULATOR_KEY);
  }
  emit();
}

/**
 * What the demo's in-page emulator knows of its sign-ins (its own made-up tokens), kept for this
 * tab so that a reload doesn't end a demo session. Gone with demo mode. Unreadable means absent.
 */
export function readDemoEmulator(): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(DEMO_EMULATOR_KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function writeDemoEmulator(saved: unknown): void {
  sessionStorage.setItem(DEMO_EMULATOR_KEY, JSON.stringify(saved));
}

/** Whether a sign-in was started in this tab and not finished yet. */
export function hasPendingSignIn(): boolean {
  return sessionStorage.getItem(PENDING_KEY) !== null;
}
