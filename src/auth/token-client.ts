// The Accounts service's token endpoint: code exchange and refresh.
// A form POST with no custom headers is a CORS-simple request, so it costs no preflight.
// https://datatracker.ietf.org/doc/html/rfc6749#section-5

export interface TokenResponse {
  accessToken: string;
  expiresIn: number;
  /** Absent from most refresh responses since July 2026: keep the old one then. */
  refreshToken?: string;
  scope: string;
}

/** The token endpoint said no (RFC 6749 §5.2), or could not be reached. */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(
    /** RFC 6749 error code (`invalid_grant`, …), or `network` / `invalid_response`. */
    readonly code: string,
    message: string,
    /** HTTP status of the token endpoint's answer; 0 when there was none. */
    readonly status = 0,
  ) {
    super(message);
  }
}

/** The Accounts service's token endpoint. */
export function tokenEndpoint(accountsUrl: string): string {
  return `${accountsUrl}/api/token`;
}

async function requestToken(
  accountsUrl: string,
  body: Record<string, string>,
  signal?: AbortSignal,
  /** This very request, already sent (by the callback page's head, see early-exchange.ts). */
  sent?: Promise<Response>,
): Promise<TokenResponse> {
  let response: Response;
  try {
    response = await (sent ??
      fetch(tokenEndpoint(accountsUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body),
        signal,
        credentials: 'omit',
        cache: 'no-store',
      }));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new AuthError('network', 'Could not reach Spotify to sign in.');
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new AuthError(
      'invalid_response',
      `Spotify's sign-in service answered ${response.status} without JSON.`,
      response.status,
    );
  }
  const data = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (!response.ok) {
    const code = typeof data.error === 'string' ? data.error : `http_${response.status}`;
    const description = typeof data.error_description === 'string' ? data.error_description : '';
    throw new AuthError(code, description || `Sign-in failed (${response.status}).`, response.status);
  }
  if (typeof data.access_token !== 'string' || !data.access_token || typeof data.expires_in !== 'number') {
    throw new AuthError('invalid_response', "Spotify's sign-in answer was missing the access token.", response.status);
  }
  return {
    accessToken: data.access_token,
    expiresIn: data.expires_in,
    scope: typeof data.scope === 'string' ? data.scope : '',
    ...(typeof data.refresh_token === 'string' && data.refresh_token ? { refreshToken: data.refresh_token } : {}),
  };
}

export function exchangeCode(
  params: { accountsUrl: string; clientId: string; code: string; redirectUri: string; verifier: string },
  signal?: AbortSignal,
  sent?: Promise<Response>,
): Promise<TokenResponse> {
  return requestToken(
    params.accountsUrl,
    {
      grant_type: 'authorization_code',
      code: params.code,
      redirect_uri: params.redirectUri,
      client_id: params.clientId,
      code_verifier: params.verifier,
    },
    signal,
    sent,
  );
}

export function refreshAccessToken(params: {
  accountsUrl: string;
  clientId: string;
  refreshToken: string;
}): Promise<TokenResponse> {
  return requestToken(params.accountsUrl, {
    grant_type: 'refresh_token',
    refresh_token: params.refreshToken,
    client_id: params.clientId,
  });
}
