// Wires the services to one shared state, and adds what every request gets:
// latency, preflight handling, faults and the request log.
import { createAccountsService } from './accounts';
import { DEFAULT_REDIRECT_URIS, EMULATOR_CLIENT_ID } from './constants';
import { checkConfigPatch, checkFault, DEFAULT_CONFIG } from './config';
import { pathBelow, type Context, type ServiceHandler } from './context';
import { createControl } from './control';
import { API_ALLOW_HEADERS, API_ALLOW_METHODS, isPreflight, preflightResponse } from './cors';
import { faultResponse, takeFault } from './faults';
import { htmlPage, htmlResponse } from './html';
import { findImage, imageResponse } from './images';
import { createState, LOG_LIMIT, restoreSignIns, saveSignIns } from './state';
import type { Emulator, EmulatorOptions, Handler, LogEntry, RegisteredClient, ServiceName } from './types';
import { API_MESSAGES, apiError, createApiService } from './web-api';

export const DEFAULT_CLIENT: Readonly<RegisteredClient> = {
  clientId: EMULATOR_CLIENT_ID,
  name: 'Heavy Rotation',
  redirectUris: [...DEFAULT_REDIRECT_URIS],
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Browsers silently resend a request whose reused keep-alive connection closed
 * without an answer. A dropped request that comes back this soon is that resend,
 * and a real outage would drop it too; an app's own retry comes later (backoff).
 */
export const BROWSER_RESEND_WINDOW_MS = 200;

export function createEmulator(options: EmulatorOptions): Emulator {
  const initialConfig = { ...DEFAULT_CONFIG, ...checkConfigPatch(options.config ?? {}) };
  const wallClock = options.now ?? Date.now;
  const urls = {
    ...options.urls,
    control: options.urls.control ?? `${options.urls.accounts.replace(/\/+$/, '')}/__control`,
  };
  const ctx: Context = {
    state: createState(initialConfig),
    urls,
    clients: new Map((options.clients ?? [DEFAULT_CLIENT]).map((client) => [client.clientId, client])),
    now: () => wallClock() + ctx.state.clockOffsetMs,
  };

  function record(entry: LogEntry) {
    ctx.state.log.push(entry);
    if (ctx.state.log.length > LOG_LIMIT) ctx.state.log.splice(0, ctx.state.log.length - LOG_LIMIT);
  }

  function serve(
    service: 'accounts' | 'api',
    mount: string,
    handler: ServiceHandler,
    preflight: () => Response,
    outside: () => Response,
  ): Handler {
    return async (req) => {
      const at = ctx.now();
      const arrived = performance.now();
      const dropKey = `${req.method} ${req.url} ${req.headers.get('Authorization') ?? ''}`;
      const url = new URL(req.url);
      const path = pathBelow(mount, req);
      if (ctx.state.config.latencyMs > 0) await sleep(ctx.state.config.latencyMs);
      const preflighting = isPreflight(req);
      // Read before handling, so faulted token requests are logged with their grant type too.
      const grantType =
        service === 'accounts' && path === '/api/token' && req.method === 'POST'
          ? (new URLSearchParams(await req.clone().text()).get('grant_type') ?? undefined)
          : undefined;
      let faulted = false;
      let response: Response;
      if (path === null) {
        response = outside();
      } else if (preflighting) {
        response = preflight();
      } else if (ctx.state.lastDrop?.key === dropKey && arrived - ctx.state.lastDrop.at < BROWSER_RESEND_WINDOW_MS) {
        faulted = true;
        response = Response.error();
      } else {
        const fault = takeFault(ctx.state, service, req.method, path);
        faulted = fault !== undefined;
        response = fault ? await faultResponse(fault, () => handler(req, path)) : await handler(req, path);
      }
      if (response.type === 'error') ctx.state.lastDrop = { key: dropKey, at: performance.now() };
      record({
        at,
        service,
        method: req.method,
        path: path ?? url.pathname,
        search: url.search,
        status: response.status,
        preflight: preflighting,
        origin: req.headers.get('Origin'),
        referer: req.headers.get('Referer'),
        ...(grantType ? { grantType } : {}),
        ...(faulted ? { faulted } : {}),
      });
      return response;
    };
  }

  const notFoundPage = () => htmlResponse(404, htmlPage('Not found — Spotify emulator', '<h1>Not found</h1>'));

  const accounts = serve(
    'accounts',
    urls.accounts,
    createAccountsService(ctx),
    () => preflightResponse('POST, OPTIONS', 'Authorization, Content-Type', ctx.state.config.corsMaxAge),
    notFoundPage,
  );
  const api = serve(
    'api',
    urls.api,
    createApiService(ctx),
    () => preflightResponse(API_ALLOW_METHODS, API_ALLOW_HEADERS, ctx.state.config.corsMaxAge),
    () => apiError(404, API_MESSAGES.noService),
  );

  const images: Handler = async (req) => {
    const url = new URL(req.url);
    const path = pathBelow(urls.images, req);
    const key = /^\/image\/([0-9a-f]{40})$/.exec(path ?? '')?.[1];
    // A CDN is across the network too: its answers wait like every other.
    if (ctx.state.config.latencyMs > 0) await sleep(ctx.state.config.latencyMs);
    const ref = key ? findImage(key) : undefined;
    const response =
      ref && (req.method === 'GET' || req.method === 'HEAD')
        ? await imageResponse(ref, req.method)
        : new Response('Not found', {
            status: 404,
            headers: { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' },
          });
    record({
      at: ctx.now(),
      service: 'images' satisfies ServiceName,
      method: req.method,
      path: path ?? url.pathname,
      search: url.search,
      status: response.status,
      preflight: false,
      origin: req.headers.get('Origin'),
      referer: req.headers.get('Referer'),
    });
    return response;
  };

  const emulator: Emulator = {
    accounts,
    api,
    images,
    control: (req) => control(req),
    reset() {
      ctx.state = createState(initialConfig);
    },
    configure(partial) {
      Object.assign(ctx.state.config, checkConfigPatch(partial));
    },
    injectFault(fault) {
      const checked = checkFault(fault);
      ctx.state.faults.push({ fault: { ...checked }, remaining: checked.times ?? 1 });
    },
    advanceClock(seconds) {
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
        throw new TypeError('seconds must be a number >= 0');
      }
      ctx.state.clockOffsetMs += seconds * 1000;
    },
    revokeRefreshTokens() {
      let revoked = 0;
      for (const grant of ctx.state.refreshTokens.values()) {
        if (!grant.revoked) {
          grant.revoked = true;
          revoked++;
        }
      }
      return revoked;
    },
    saveSignIns() {
      return saveSignIns(ctx.state, ctx.now());
    },
    restoreSignIns(saved) {
      return restoreSignIns(ctx.state, saved);
    },
    get log() {
      return [...ctx.state.log];
    },
    clearLog() {
      ctx.state.log = [];
    },
    get playlists() {
      return ctx.state.playlists.map((playlist) => ({ ...playlist, uris: [...playlist.uris] }));
    },
    get config() {
      return { ...ctx.state.config };
    },
    urls,
  };
  const control = createControl(emulator, ctx);
  return emulator;
}
