// Shared by the emulator's unit tests: a fresh emulator, and a complete sign-in.
import { createEmulator } from './emulator';
import type { Emulator, EmulatorOptions } from './types';

// src/test/setup.ts clears Web Storage after every test, and Node 20 has none:
// give node-environment tests an inert stand-in so that hook does not throw.
for (const name of ['sessionStorage', 'localStorage'] as const) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value: { clear() {} }, configurable: true });
}

export const ACCOUNTS = 'https://accounts.test';
export const API = 'https://api.test/v1';
export const IMAGES = 'https://images.test';
export const REDIRECT_URI = 'http://127.0.0.1:5173/account';
/** RFC 7636 appendix B. */
export const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
export const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
export const CLIENT_ID = 'c0ffee00c0ffee00c0ffee00c0ffee00';

export function testEmulator(options: Partial<EmulatorOptions> = {}): Emulator {
  return createEmulator({
    urls: { accounts: ACCOUNTS, api: API, images: IMAGES },
    now: () => 1_800_000_000_000,
    ...options,
  });
}

export function authorizeUrl(params: Record<string, string | undefined> = {}): string {
  const defaults: Record<string, string> = {
    client_id: CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    state: 'state-123',
    scope: 'user-top-read',
    code_challenge_method: 'S256',
    code_challenge: CHALLENGE,
  };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...defaults, ...params })) if (value !== undefined) query.set(key, value);
  return `${ACCOUNTS}/authorize?${query}`;
}

export function form(url: string, body: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body),
  });
}

/** The hidden fields of the consent form, as a browser would post them back. */
export function consentFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[match[1]!] = match[2]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  }
  return fields;
}

/** Authorize, agree, and return the code from the redirect. */
export async function getCode(emulator: Emulator, params: Record<string, string | undefined> = {}): Promise<string> {
  const page = await emulator.accounts(new Request(authorizeUrl(params)));
  const html = await page.text();
  const decision =
    page.status === 302
      ? page
      : await emulator.accounts(form(`${ACCOUNTS}/authorize/consent`, { ...consentFields(html), decision: 'agree' }));
  const code = new URL(decision.headers.get('Location')!).searchParams.get('code');
  if (!code) throw new Error(`No code: ${decision.status} ${decision.headers.get('Location')}`);
  return code;
}

export function exchange(emulator: Emulator, code: string, overrides: Record<string, string> = {}): Promise<Response> {
  return emulator.accounts(
    form(`${ACCOUNTS}/api/token`, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT_ID,
      code_verifier: VERIFIER,
      ...overrides,
    }),
  );
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  scope: string;
  expires_in: number;
  token_type: string;
}

export async function signIn(emulator: Emulator, scope = 'user-top-read'): Promise<Tokens> {
  const response = await exchange(emulator, await getCode(emulator, { scope }));
  if (response.status !== 200) throw new Error(`Sign-in failed: ${await response.text()}`);
  return (await response.json()) as Tokens;
}

export function refresh(emulator: Emulator, refreshToken: string): Promise<Response> {
  return emulator.accounts(
    form(`${ACCOUNTS}/api/token`, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT_ID }),
  );
}

export function apiGet(
  emulator: Emulator,
  path: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return emulator.api(
    new Request(`${API}${path}`, { headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers } }),
  );
}
