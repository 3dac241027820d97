import type { Scope } from './scopes';

export interface AuthorizeParams {
  accountsUrl: string;
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scopes: readonly Scope[];
  showDialog?: boolean;
}

// https://developer.spotify.com/documentation/web-api/tutorials/code-pkce-flow
export function buildAuthorizeUrl(params: AuthorizeParams): URL {
  const url = new URL(`${params.accountsUrl}/authorize`);
  url.search = new URLSearchParams({
    client_id: params.clientId,
    response_type: 'code',
    redirect_uri: params.redirectUri,
    state: params.state,
    scope: params.scopes.join(' '),
    code_challenge_method: 'S256',
    code_challenge: params.codeChallenge,
    ...(params.showDialog ? { show_dialog: 'true' } : {}),
  }).toString();
  return url;
}
