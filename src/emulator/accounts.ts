// The Accounts service: /authorize with its consent page, and /api/token for the
// Authorization Code with PKCE flow, as strict as Spotify's.
// https://developer.spotify.com/documentation/web-api/tutorials/code-pkce-flow
// https://datatracker.ietf.org/doc/html/rfc6749 · https://datatracker.ietf.org/doc/html/rfc7636
import type { Context, ServiceHandler } from './context';
import { CORS_HEADERS } from './cors';
import { isValidChallenge, isValidVerifier, randomToken, s256 } from './crypto-utils';
import { getCatalog } from './fixtures';
import { escapeHtml, htmlPage, htmlResponse } from './html';
import { matchesRegisteredUri, redirectUriProblem } from './redirect-uri';
import { isKnownScope, SCOPE_DESCRIPTIONS, splitScopes } from './scopes';
import type { RegisteredClient, SignIn } from './types';

export const DEFAULT_CLIENT_NAME = 'Heavy Rotation';

interface AuthorizeRequest {
  client: RegisteredClient;
  redirectUri: string;
  state: string | null;
  codeChallenge: string;
  scopes: string[];
  showDialog: boolean;
}

type Checked = { ok: true; request: AuthorizeRequest } | { ok: false; response: Response };

export function createAccountsService(ctx: Context): ServiceHandler {
  return async (req, path) => {
    if (path === '/authorize') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return htmlError(405, 'Method not allowed', '');
      return authorize(ctx, req, new URL(req.url).searchParams);
    }
    if (path === '/authorize/consent') {
      if (req.method !== 'POST') return htmlError(405, 'Method not allowed', '');
      return decide(ctx, new URLSearchParams(await req.text()));
    }
    if (path === '/api/token') return token(ctx, req);
    return htmlError(404, 'Not found', 'There is nothing at this address.');
  };
}

function htmlError(status: number, heading: string, detail: string): Response {
  return htmlResponse(
    status,
    htmlPage(
      `Error — Spotify emulator`,
      `<h1>${escapeHtml(heading)}</h1>${detail ? `<p>${escapeHtml(detail)}</p>` : ''}`,
    ),
  );
}

function redirectTo(redirectUri: string, params: Record<string, string | null>): Response {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return new Response(null, { status: 302, headers: { Location: url.href, 'Cache-Control': 'no-store' } });
}

/**
 * The checks Spotify makes, in its order: a bad client or redirect URI shows an
 * error page (never redirect to an unverified URI); later problems go back to the app.
 */
function checkAuthorize(ctx: Context, params: URLSearchParams): Checked {
  const client = ctx.clients.get(params.get('client_id') ?? '');
  if (!client) {
    return {
      ok: false,
      response: htmlError(400, 'INVALID_CLIENT: Invalid client', 'No app is registered with this client ID.'),
    };
  }
  const redirectUri = params.get('redirect_uri') ?? '';
  const problem = redirectUri ? redirectUriProblem(redirectUri) : 'The redirect_uri parameter is missing.';
  if (problem || !client.redirectUris.some((registered) => matchesRegisteredUri(registered, redirectUri))) {
    const detail = problem ?? `${redirectUri} does not exactly match a redirect URI registered for this app.`;
    return { ok: false, response: htmlError(400, 'INVALID_CLIENT: Invalid redirect URI', detail) };
  }
  const state = params.get('state');
  const back = (error: string) => ({ ok: false as const, response: redirectTo(redirectUri, { error, state }) });
  if (params.get('response_type') !== 'code') return back('unsupported_response_type');
  const codeChallenge = params.get('code_challenge') ?? '';
  if (params.get('code_challenge_method') !== 'S256' || !isValidChallenge(codeChallenge))
    return back('invalid_request');
  const scopes = splitScopes(params.get('scope'));
  if (!scopes.every(isKnownScope)) return back('invalid_scope');
  return {
    ok: true,
    request: { client, redirectUri, state, codeChallenge, scopes, showDialog: params.get('show_dialog') === 'true' },
  };
}

function authorize(ctx: Context, req: Request, params: URLSearchParams): Response {
  const checked = checkAuthorize(ctx, params);
  if (!checked.ok) return checked.response;
  const { request } = checked;
  // Spotify skips the dialog when these scopes were granted before, unless show_dialog=true.
  const granted = ctx.state.grants.get(request.client.clientId);
  if (!request.showDialog && granted && request.scopes.every((s) => granted.has(s))) {
    return redirectTo(request.redirectUri, { code: issueCode(ctx, request), state: request.state });
  }
  return htmlResponse(200, consentPage(ctx, req, request));
}

function consentPage(ctx: Context, req: Request, request: AuthorizeRequest): string {
  const appName = request.client.name ?? DEFAULT_CLIENT_NAME;
  const user = getCatalog(ctx.state.config.dataset).user;
  const action = `${new URL(ctx.urls.accounts, req.url).pathname.replace(/\/+$/, '')}/authorize/consent`;
  const hidden: Record<string, string> = {
    client_id: request.client.clientId,
    response_type: 'code',
    redirect_uri: request.redirectUri,
    code_challenge_method: 'S256',
    code_challenge: request.codeChallenge,
    scope: request.scopes.join(' '),
    ...(request.state !== null ? { state: request.state } : {}),
  };
  const abilities = [
    'See your name, username and profile picture',
    ...request.scopes.map((scope) => SCOPE_DESCRIPTIONS[scope] ?? scope),
  ];
  const title = `Spotify emulator — ${appName} wants access`;
  return htmlPage(
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="muted">A local emulation of Spotify's sign-in for development and tests. No real account is involved.</p>
<p>Signed in as <strong>${escapeHtml(user.displayName)}</strong> (${escapeHtml(user.email)}).</p>
<p>${escapeHtml(appName)} will be able to:</p>
<ul>${abilities.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>
<p class="muted">Afterwards you return to <code>${escapeHtml(new URL(request.redirectUri).origin)}</code>.</p>
<form method="post" action="${escapeHtml(action)}">
${Object.entries(hidden)
  .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
  .join('\n')}
<div class="buttons">
<button type="submit" name="decision" value="agree">Agree</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
</div>
</form>`,
  );
}

function decide(ctx: Context, form: URLSearchParams): Response {
  // The hidden fields came back from a browser: trust nothing, check them again.
  const checked = checkAuthorize(ctx, form);
  if (!checked.ok) return checked.response;
  const { request } = checked;
  if (form.get('decision') !== 'agree') {
    return redirectTo(request.redirectUri, { error: 'access_denied', state: request.state });
  }
  const granted = ctx.state.grants.get(request.client.clientId) ?? new Set<string>();
  for (const scope of grantedScopes(ctx, request)) granted.add(scope);
  ctx.state.grants.set(request.client.clientId, granted);
  return redirectTo(request.redirectUri, { code: issueCode(ctx, request), state: request.state });
}

/** What consent grants: the scopes asked for, less any the config withholds. */
function grantedScopes(ctx: Context, request: AuthorizeRequest): string[] {
  return request.scopes.filter((scope) => !ctx.state.config.withheldScopes.includes(scope));
}

function issueCode(ctx: Context, request: AuthorizeRequest): string {
  const code = randomToken(48, 'AQ');
  ctx.state.codes.set(code, {
    clientId: request.client.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    scopes: grantedScopes(ctx, request),
    expiresAt: ctx.now() + ctx.state.config.codeLifetime * 1000,
    used: false,
  });
  return code;
}

function tokenJson(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      Pragma: 'no-cache',
      ...CORS_HEADERS,
    },
  });
}

/** RFC 6749 §5.2. */
function oauthError(error: string, description: string, status = 400): Response {
  return tokenJson(status, { error, error_description: description });
}

function issueAccessToken(ctx: Context, signIn: SignIn): { access_token: string; expires_in: number } {
  const lifetime = ctx.state.config.accessTokenLifetime;
  const accessToken = randomToken(96, 'BQ');
  ctx.state.accessTokens.set(accessToken, { signIn, expiresAt: ctx.now() + lifetime * 1000 });
  return { access_token: accessToken, expires_in: lifetime };
}

async function token(ctx: Context, req: Request): Promise<Response> {
  if (req.method !== 'POST') return oauthError('invalid_request', 'The token endpoint only accepts POST', 405);
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(req.headers.get('Content-Type') ?? '')) {
    return oauthError('invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(await req.text());
  const grantType = form.get('grant_type');
  const missing = (name: string) => oauthError('invalid_request', `${name} parameter is missing`);
  if (!grantType) return missing('grant_type');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    return oauthError('unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  }
  const clientId = form.get('client_id');
  if (!clientId) return missing('client_id');
  if (!ctx.clients.has(clientId)) return oauthError('invalid_client', 'Invalid client');
  const now = ctx.now();

  if (grantType === 'refresh_token') {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return missing('refresh_token');
    const grant = ctx.state.refreshTokens.get(refreshToken);
    // Spotify tells a token it never issued from one it issued and then took back.
    if (!grant) return oauthError('invalid_grant', 'Invalid refresh token');
    const expiresAt = grant.signIn.signedInAt + ctx.state.config.refreshTokenLifetime * 1000;
    if (grant.revoked || grant.signIn.revoked || grant.signIn.clientId !== clientId || now >= expiresAt) {
      return oauthError('invalid_grant', 'Refresh token revoked');
    }
    // Since July 2026 Spotify's refresh answers carry no refresh_token: the old one stays valid.
    const { access_token, expires_in } = issueAccessToken(ctx, grant.signIn);
    return tokenJson(200, { access_token, token_type: 'Bearer', expires_in, scope: grant.signIn.scopes.join(' ') });
  }

  const code = form.get('code');
  const redirectUri = form.get('redirect_uri');
  const verifier = form.get('code_verifier');
  if (!code) return missing('code');
  if (!redirectUri) return missing('redirect_uri');
  if (!verifier) return missing('code_verifier');
  const grant = ctx.state.codes.get(code);
  if (!grant) return oauthError('invalid_grant', 'Invalid authorization code');
  if (grant.used) {
    // RFC 6749 §4.1.2: a replayed code revokes what was issued from it.
    grant.replayed = true;
    if (grant.signIn) grant.signIn.revoked = true;
    return oauthError('invalid_grant', 'Invalid authorization code');
  }
  // Spent by the first attempt, whatever its outcome: single use means single attempt.
  grant.used = true;
  if (now >= grant.expiresAt || grant.clientId !== clientId)
    return oauthError('invalid_grant', 'Invalid authorization code');
  if (grant.redirectUri !== redirectUri) return oauthError('invalid_grant', 'Invalid redirect URI');
  if (!isValidVerifier(verifier) || (await s256(verifier)) !== grant.codeChallenge) {
    return oauthError('invalid_grant', 'code_verifier was incorrect');
  }
  // A replay that raced this exchange (while hashing) revokes it too.
  const signIn: SignIn = { clientId, scopes: grant.scopes, signedInAt: now, revoked: grant.replayed === true };
  grant.signIn = signIn;
  const refreshToken = randomToken(96, 'AQ');
  ctx.state.refreshTokens.set(refreshToken, { signIn, revoked: false });
  const { access_token, expires_in } = issueAccessToken(ctx, signIn);
  return tokenJson(200, {
    access_token,
    token_type: 'Bearer',
    expires_in,
    refresh_token: refreshToken,
    scope: signIn.scopes.join(' '),
  });
}
