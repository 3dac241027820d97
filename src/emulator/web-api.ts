// The Web API endpoints Heavy Rotation uses, with Spotify's checks and error JSON.
// https://developer.spotify.com/documentation/web-api/concepts/api-calls
import { absoluteBase, type Context, type ServiceHandler } from './context';
import { CORS_HEADERS } from './cors';
import { getCatalog, TIME_RANGES, type TimeRange, type TopType } from './fixtures';
import { artistJson, trackJson, userJson, type RenderContext } from './objects';
import { stripForDevelopmentMode } from './strip';

export const API_MESSAGES = {
  noToken: 'No token provided',
  invalidToken: 'Invalid access token',
  expiredToken: 'The access token expired',
  notBearer: 'Only valid bearer authentication supported',
  insufficientScope: 'Insufficient client scope',
  unregisteredUser: 'Check settings on developer.spotify.com/dashboard, the user may not be registered.',
  notFound: 'Resource not found',
  invalidId: 'Invalid base62 id',
  noService: 'Service not found',
  methodNotAllowed: 'Method not allowed',
  invalidTimeRange: 'Invalid time range',
  invalidLimit: 'Invalid limit',
  invalidOffset: 'Invalid offset',
} as const;

export function apiJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'private, max-age=0',
      ...CORS_HEADERS,
      ...headers,
    },
  });
}

/** Spotify's error object: {"error":{"status":N,"message":"…"}}. */
export function apiError(
  status: number,
  message: string,
  extra: { reason?: string; headers?: Record<string, string> } = {},
): Response {
  const error = { status, message, ...(extra.reason ? { reason: extra.reason } : {}) };
  const auth: Record<string, string> = status === 401 ? { 'WWW-Authenticate': 'Bearer realm="spotify"' } : {};
  return apiJson(status, { error }, { ...auth, ...extra.headers });
}

type Route = { kind: 'me' } | { kind: 'top'; type: TopType } | { kind: 'artist'; id: string };

function route(path: string): Route | null {
  if (path === '/me') return { kind: 'me' };
  const top = /^\/me\/top\/(artists|tracks)$/.exec(path);
  if (top) return { kind: 'top', type: top[1] as TopType };
  const artist = /^\/artists\/([^/]+)$/.exec(path);
  if (artist) return { kind: 'artist', id: decodeURIComponent(artist[1]!) };
  return null;
}

export function createApiService(ctx: Context): ServiceHandler {
  return async (req, path) => {
    const target = route(path);
    if (!target) return apiError(404, API_MESSAGES.noService);
    if (req.method !== 'GET') return apiError(405, API_MESSAGES.methodNotAllowed);

    const authorization = req.headers.get('Authorization');
    if (!authorization) return apiError(401, API_MESSAGES.noToken);
    const bearer = /^Bearer (\S+)$/.exec(authorization);
    if (!bearer) return apiError(400, API_MESSAGES.notBearer);
    const grant = ctx.state.accessTokens.get(bearer[1]!);
    if (!grant || grant.signIn.revoked) return apiError(401, API_MESSAGES.invalidToken);
    if (ctx.now() >= grant.expiresAt) return apiError(401, API_MESSAGES.expiredToken);
    if (ctx.state.config.unregisteredUser) return apiError(403, API_MESSAGES.unregisteredUser);

    const { config } = ctx.state;
    const render: RenderContext = {
      catalog: getCatalog(config.dataset),
      api: absoluteBase(ctx.urls.api, req),
      images: absoluteBase(ctx.urls.images, req),
    };
    const send = (body: unknown) => apiJson(200, config.devMode ? stripForDevelopmentMode(body) : body);

    switch (target.kind) {
      case 'me':
        return send(userJson(render.catalog.user, render));
      case 'artist': {
        if (!/^[0-9A-Za-z]{22}$/.test(target.id)) return apiError(400, API_MESSAGES.invalidId);
        const artist = render.catalog.artists.get(target.id);
        return artist ? send(artistJson(artist, render)) : apiError(404, API_MESSAGES.notFound);
      }
      case 'top': {
        if (!grant.signIn.scopes.includes('user-top-read')) return apiError(403, API_MESSAGES.insufficientScope);
        const query = new URL(req.url).searchParams;
        const range = query.get('time_range') ?? 'medium_term';
        if (!TIME_RANGES.includes(range as TimeRange)) return apiError(400, API_MESSAGES.invalidTimeRange);
        const limit = integerParam(query.get('limit'), 20);
        if (limit === null || limit < 1 || limit > 50) return apiError(400, API_MESSAGES.invalidLimit);
        const offset = integerParam(query.get('offset'), 0);
        if (offset === null) return apiError(400, API_MESSAGES.invalidOffset);
        return send(topPage(render, target.type, range as TimeRange, limit, offset));
      }
    }
  };
}

/** Digits only: Spotify rejects "1.5", "-1" and "" alike. */
function integerParam(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

function topPage(render: RenderContext, type: TopType, range: TimeRange, limit: number, offset: number) {
  const ids = render.catalog.top[type][range];
  const pageUrl = (at: number) => `${render.api}/me/top/${type}?time_range=${range}&limit=${limit}&offset=${at}`;
  const items = ids
    .slice(offset, offset + limit)
    .map((id) =>
      type === 'tracks'
        ? trackJson(render.catalog.tracks.get(id)!, render)
        : artistJson(render.catalog.artists.get(id)!, render),
    );
  return {
    href: pageUrl(offset),
    items,
    limit,
    next: offset + limit < ids.length ? pageUrl(offset + limit) : null,
    offset,
    previous: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null,
    total: ids.length,
  };
}
