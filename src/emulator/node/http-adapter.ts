// Node's http objects to and from web Request/Response, so the web-standard emulator
// can serve from a plain http.Server or a connect stack (Vite's dev server).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Handler } from '../types.ts';

/** Connect sets `originalUrl` when a middleware is mounted on a path prefix. */
type ConnectRequest = IncomingMessage & { originalUrl?: string };

export async function toWebRequest(req: ConnectRequest): Promise<Request> {
  // The full URL, not connect's mount-relative one: the emulator resolves its own mounts.
  const url = new URL(req.originalUrl ?? req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(url, { method: req.method, headers, body });
}

/** Text worth compressing: Spotify's servers gzip their JSON and pages for clients that accept it. */
const COMPRESSIBLE = /^(application\/json|text\/)/;
const MIN_COMPRESSED_BYTES = 1024;

export async function sendWebResponse(res: ServerResponse, response: Response, acceptEncoding = ''): Promise<void> {
  // Response.error(): drop the connection without an answer, as a failing network does.
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  let body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body && COMPRESSIBLE.test(response.headers.get('Content-Type') ?? '')) {
    res.setHeader('Vary', 'Accept-Encoding');
    if (body.length >= MIN_COMPRESSED_BYTES && /\bgzip\b/.test(acceptEncoding)) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.removeHeader('Content-Length');
    }
  }
  res.end(body);
}

/** A Node request listener serving `handler`. */
export function nodeListener(handler: Handler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void serveWith(handler, req, res);
  };
}

/** A connect-style middleware serving `handler` (mount it on a path with `use(path, …)`). */
export function connectMiddleware(
  handler: Handler,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    void serveWith(handler, req, res).catch(next);
  };
}

async function serveWith(handler: Handler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    await sendWebResponse(res, await handler(await toWebRequest(req)), String(req.headers['accept-encoding'] ?? ''));
  } catch (error) {
    console.error('[emulator]', error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Emulator error');
    } else {
      res.destroy();
    }
  }
}
