// The control API: JSON over HTTP so that e2e tests (and a page, thanks to CORS) can
// drive the emulator: reset it, change settings, inject faults, read the request log.
import { pathBelow, type Context } from './context';
import type { Emulator, LogEntry, ServiceName } from './types';

const HEADERS = {
  'Content-Type': 'application/json',
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': '*',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: HEADERS });
}

async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new TypeError('The body is not valid JSON');
  }
}

export function createControl(emulator: Emulator, ctx: Context): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
        },
      });
    }
    const path = pathBelow(ctx.urls.control, req);
    const route = `${req.method} ${path}`;
    try {
      switch (route) {
        case 'POST /reset':
          emulator.reset();
          return json(200, { ok: true });
        case 'GET /config':
          return json(200, emulator.config);
        case 'PATCH /config':
          emulator.configure((await readJson(req)) as never);
          return json(200, emulator.config);
        case 'POST /faults':
          emulator.injectFault((await readJson(req)) as never);
          return json(201, { pending: ctx.state.faults });
        case 'GET /faults':
          return json(200, { pending: ctx.state.faults });
        case 'DELETE /faults':
          ctx.state.faults = [];
          return json(200, { ok: true });
        case 'GET /log': {
          const query = new URL(req.url).searchParams;
          const service = query.get('service') as ServiceName | null;
          const prefix = query.get('path');
          const entries = emulator.log.filter(
            (e: LogEntry) => (!service || e.service === service) && (!prefix || e.path.startsWith(prefix)),
          );
          return json(200, entries);
        }
        case 'DELETE /log':
          emulator.clearLog();
          return json(200, { ok: true });
        case 'POST /clock/advance': {
          const body = (await readJson(req)) as { seconds?: unknown };
          emulator.advanceClock(body.seconds as number);
          return json(200, { offsetSeconds: ctx.state.clockOffsetMs / 1000, now: ctx.now() });
        }
        case 'GET /playlists':
          return json(200, ctx.state.playlists);
        case 'POST /revoke-refresh-tokens':
          return json(200, { revoked: emulator.revokeRefreshTokens() });
        default:
          return json(404, {
            error: `No control endpoint ${route}. Try POST /reset, GET|PATCH /config, GET|POST|DELETE /faults, GET|DELETE /log, POST /clock/advance, POST /revoke-refresh-tokens, GET /playlists.`,
          });
      }
    } catch (error) {
      if (error instanceof TypeError) return json(400, { error: error.message });
      throw error;
    }
  };
}
