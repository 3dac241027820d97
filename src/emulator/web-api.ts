// The Web API endpoints Heavy Rotation uses, with Spotify's checks and error JSON.
// https://developer.spotify.com/documentation/web-api/concepts/api-calls
import { absoluteBase, type Context, type ServiceHandler } from './context';
import { CORS_HEADERS } from './cors';
import { getCatalog, TIME_RANGES, type TimeRange, type TopType } from './fixtures';
import { base62Id } from './prng';
import type { PlaylistRecord } from './state';
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
  invalidJson: 'Error parsing JSON.',
  missingName: 'Missing required field: name',
  invalidUris: 'Invalid track uri',
  tooManyUris: 'You can add a maximum of 100 tracks per request.',
  noUris: 'No uris provided.',
  notOwner: 'You cannot add items to a playlist you do not own.',
} as const;

/** Spotify's cap on items in one add-items request. */
export const MAX_ITEMS_PER_REQUEST = 100;

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

type Route =
  | { kind: 'me' }
  | { kind: 'top'; type: TopType }
  | { kind: 'artist'; id: string }
  | { kind: 'create-playlist' }
  | { kind: 'playlist-items'; id: string };

const ROUTE_METHODS: Record<Route['kind'], string> = {
  me: 'GET',
  top: 'GET',
  artist: 'GET',
  'create-playlist': 'POST',
  'playlist-items': 'POST',
};

function route(path: string): Route | null {
  if (path === '/me') return { kind: 'me' };
  if (path === '/me/playlists') return { kind: 'create-playlist' };
  const items = /^\/playlists\/([^/]+)\/items$/.exec(path);
  if (items) return { kind: 'playlist-items', id: decodeURIComponent(items[1]!) };
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
    if (req.method !== ROUTE_METHODS[target.kind]) return apiError(405, API_MESSAGES.methodNotAllowed);

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
      case 'create-playlist':
        return createPlaylist(ctx, req, grant.signIn.scopes, render);
      case 'playlist-items':
        return addPlaylistItems(ctx, req, grant.signIn.scopes, render, target.id);
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
  // Spotify writes a page's own parameters first, then the request's: offset, limit, the rest.
  const pageUrl = (at: number) => `${render.api}/me/top/${type}?offset=${at}&limit=${limit}&time_range=${range}`;
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

/** A JSON object body, or null when the body is missing or is not a JSON object. */
async function jsonBody(req: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await req.text());
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Writing to a playlist needs the scope for its visibility. */
function modifyScope(isPublic: boolean): string {
  return isPublic ? 'playlist-modify-public' : 'playlist-modify-private';
}

/** Spotify's page of a playlist's items: a full paging object, as create-playlist answers it. */
function playlistItemsPage(href: string, playlist: PlaylistRecord) {
  if (playlist.uris.length > 0) throw new Error('Only a new playlist is rendered, and it has no items yet');
  return { href, items: [], limit: 100, next: null, offset: 0, previous: null, total: 0 };
}

/** A playlist as create-playlist answers it (Spotify's PlaylistObject). */
function createdPlaylistJson(playlist: PlaylistRecord, render: RenderContext) {
  const user = render.catalog.user;
  return {
    collaborative: playlist.collaborative,
    description: playlist.description,
    external_urls: { spotify: `https://open.spotify.com/playlist/${playlist.id}` },
    href: `${render.api}/playlists/${playlist.id}`,
    id: playlist.id,
    images: [],
    name: playlist.name,
    owner: {
      display_name: user.displayName,
      external_urls: { spotify: `https://open.spotify.com/user/${user.id}` },
      href: `${render.api}/users/${user.id}`,
      id: user.id,
      type: 'user',
      uri: `spotify:user:${user.id}`,
    },
    public: playlist.public,
    snapshot_id: playlist.snapshotId,
    followers: { href: null, total: 0 },
    // Spotify renamed `tracks` to `items` on playlist objects; send both as it did in the transition.
    items: playlistItemsPage(`${render.api}/playlists/${playlist.id}/items`, playlist),
    tracks: playlistItemsPage(`${render.api}/playlists/${playlist.id}/tracks`, playlist),
    type: 'playlist',
    uri: `spotify:playlist:${playlist.id}`,
  };
}

function snapshotId(playlist: { id: string }, version: number): string {
  return btoa(`${version},${playlist.id}`).replace(/=+$/, '');
}

// https://developer.spotify.com/documentation/web-api/reference/create-playlist
async function createPlaylist(ctx: Context, req: Request, scopes: readonly string[], render: RenderContext) {
  const body = await jsonBody(req);
  if (!body) return apiError(400, API_MESSAGES.invalidJson);
  if (typeof body.name !== 'string' || body.name.trim() === '') return apiError(400, API_MESSAGES.missingName);
  if (body.public !== undefined && typeof body.public !== 'boolean') return apiError(400, API_MESSAGES.invalidJson);
  if (body.description !== undefined && typeof body.description !== 'string')
    return apiError(400, API_MESSAGES.invalidJson);
  // Spotify's default is a public playlist.
  const isPublic = body.public !== false;
  if (!scopes.includes(modifyScope(isPublic))) return apiError(403, API_MESSAGES.insufficientScope);
  const id = base62Id(`playlist:${ctx.state.playlists.length}:${body.name}`);
  const playlist: PlaylistRecord = {
    id,
    ownerId: render.catalog.user.id,
    name: body.name,
    description: typeof body.description === 'string' ? body.description : null,
    public: isPublic,
    collaborative: body.collaborative === true,
    uris: [],
    snapshotId: snapshotId({ id }, 1),
    addRequests: 0,
  };
  ctx.state.playlists.push(playlist);
  return apiJson(201, createdPlaylistJson(playlist, render));
}

const TRACK_URI = /^spotify:track:([0-9A-Za-z]{22})$/;

// https://developer.spotify.com/documentation/web-api/reference/add-tracks-to-playlist
async function addPlaylistItems(
  ctx: Context,
  req: Request,
  scopes: readonly string[],
  render: RenderContext,
  id: string,
) {
  if (!/^[0-9A-Za-z]{22}$/.test(id)) return apiError(400, API_MESSAGES.invalidId);
  const playlist = ctx.state.playlists.find((p) => p.id === id);
  if (!playlist) return apiError(404, API_MESSAGES.notFound);
  if (!scopes.includes(modifyScope(playlist.public))) return apiError(403, API_MESSAGES.insufficientScope);
  if (playlist.ownerId !== render.catalog.user.id && !playlist.collaborative)
    return apiError(403, API_MESSAGES.notOwner);
  // `uris` in the query (comma-separated) or in the JSON body, as Spotify accepts.
  const fromQuery = new URL(req.url).searchParams.get('uris');
  let uris: unknown;
  if (fromQuery !== null) {
    uris = fromQuery.split(',');
  } else {
    const body = await jsonBody(req);
    if (!body) return apiError(400, API_MESSAGES.invalidJson);
    uris = body.uris;
  }
  if (!Array.isArray(uris) || uris.length === 0) return apiError(400, API_MESSAGES.noUris);
  if (uris.length > MAX_ITEMS_PER_REQUEST) return apiError(400, API_MESSAGES.tooManyUris);
  for (const uri of uris) {
    const match = typeof uri === 'string' ? TRACK_URI.exec(uri) : null;
    if (!match || !render.catalog.tracks.has(match[1]!)) return apiError(400, API_MESSAGES.invalidUris);
  }
  playlist.uris.push(...(uris as string[]));
  playlist.addRequests++;
  playlist.snapshotId = snapshotId(playlist, playlist.addRequests + 1);
  return apiJson(201, { snapshot_id: playlist.snapshotId });
}
