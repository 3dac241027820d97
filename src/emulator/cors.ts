// CORS as Spotify's services answer it: any origin, no credentials. A fault with
// `cors: false` removes these headers, which a browser reports as a network error.

export const API_ALLOW_METHODS = 'GET, POST, OPTIONS, PUT, DELETE, PATCH';
export const API_ALLOW_HEADERS =
  'Accept, App-Platform, Authorization, Content-Type, Origin, Retry-After, Spotify-App-Version, X-Cloud-Trace-Context, client-token, content-access-token';

/** A CORS preflight, as opposed to any other OPTIONS request. */
export function isPreflight(req: Request): boolean {
  return req.method === 'OPTIONS' && req.headers.has('Access-Control-Request-Method');
}

export function preflightResponse(allowMethods: string, allowHeaders: string, maxAge: number): Response {
  return new Response(null, {
    status: 200,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': allowMethods,
      'Access-Control-Allow-Headers': allowHeaders,
      'Access-Control-Max-Age': String(maxAge),
      'Content-Length': '0',
    },
  });
}

/** Headers every non-preflight response carries. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After',
};

export function withoutCors(response: Response): Response {
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (!name.toLowerCase().startsWith('access-control-')) headers.set(name, value);
  });
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
