// A static file server that behaves like GitHub Pages, for the `static-host` e2e project and
// `npm run bench`: files only below the sub-path, a directory's index.html, unknown paths
// answered with 404.html and status 404, and no rewrites. `vite preview` rewrites every path
// to index.html, which would hide exactly what breaks on such a host.
//   STATIC_ROOT=dist STATIC_BASE=/heavy-rotation/ STATIC_PORT=4175 npx tsx e2e/support/static-host.ts
// The bench starts it in-process with `startStaticHost` and the options a production host has
// (gzip, long-lived assets).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface StaticHostOptions {
  /** The directory served. */
  root: string;
  /** The sub-path the files live under, e.g. `/heavy-rotation/`. */
  base: string;
  port: number;
  /** Defaults to 127.0.0.1. */
  hostname?: string;
  /** Gzip text files for clients that accept it, each compressed once, as a host serves its files. */
  gzip?: boolean;
  /** `Cache-Control: immutable` for the hashed files under `<base>assets/`, as a host configured for them sends. */
  immutableAssets?: boolean;
  /**
   * The status of the 404.html fallback. 404 is GitHub Pages' own; Lighthouse refuses to
   * audit an error status, so the bench asks for 200.
   */
  fallbackStatus?: number;
  /** A page of the caller's own at a path (checked first); `undefined` serves the files as usual. */
  override?: (pathname: string) => { type: string; body: string } | undefined;
}

export interface StaticHost {
  /** The app's address: origin and base. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = /text|javascript|json|svg/;

interface Found {
  path: string;
  size: number;
}

async function fileAt(path: string): Promise<Found | 'directory' | null> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'directory' : { path, size: stats.size };
  } catch {
    return null;
  }
}

/** Starts the host; resolves once it listens. */
export function startStaticHost(options: StaticHostOptions): Promise<StaticHost> {
  const root = resolve(options.root);
  const base = options.base.replace(/\/?$/, '/');
  const hostname = options.hostname ?? '127.0.0.1';
  const fallbackStatus = options.fallbackStatus ?? 404;
  const gzipped = new Map<string, Promise<Buffer>>();

  function cacheControl(path: string): string {
    return options.immutableAssets && path.startsWith(join(root, 'assets') + sep)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
  }

  async function send(req: IncomingMessage, res: ServerResponse, status: number, file: Found, head: boolean) {
    const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': cacheControl(file.path) };
    if (options.gzip && COMPRESSIBLE.test(type)) {
      if (/\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        let body = gzipped.get(file.path);
        if (!body) gzipped.set(file.path, (body = readFile(file.path).then((raw) => gzipSync(raw))));
        const bytes = await body;
        res.writeHead(status, {
          ...headers,
          'Content-Encoding': 'gzip',
          'Content-Length': bytes.length,
          Vary: 'Accept-Encoding',
        });
        res.end(head ? undefined : bytes);
        return;
      }
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.writeHead(status, { ...headers, 'Content-Length': file.size });
    if (head) res.end();
    else createReadStream(file.path).pipe(res);
  }

  async function notFound(req: IncomingMessage, res: ServerResponse, head: boolean) {
    const page = await fileAt(join(root, '404.html'));
    if (page && page !== 'directory') return send(req, res, fallbackStatus, page, head);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://host');
    const own = options.override?.(pathname);
    if (own) {
      res.writeHead(200, { 'Content-Type': own.type, 'Cache-Control': 'no-cache' }).end(head ? undefined : own.body);
      return;
    }
    if (`${pathname}/` === base) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    // Another site's paths: not this app's 404 page.
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return notFound(req, res, head);
    }
    const target = resolve(root, relative);
    if (target !== root && !target.startsWith(root + sep)) return notFound(req, res, head);
    const found = await fileAt(target);
    if (found === 'directory') {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      const index = await fileAt(join(target, 'index.html'));
      return index && index !== 'directory' ? send(req, res, 200, index, head) : notFound(req, res, head);
    }
    return found ? send(req, res, 200, found, head) : notFound(req, res, head);
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolveStarted, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, () => {
      server.off('error', reject);
      resolveStarted({
        url: `http://${hostname}:${options.port}${base}`,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

// Run as a script (playwright.config.ts's webServer): settings from the environment.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.env.STATIC_ROOT ?? 'dist');
  const host = await startStaticHost({
    root,
    base: process.env.STATIC_BASE ?? '/',
    port: Number(process.env.STATIC_PORT ?? 4175),
    hostname: process.env.STATIC_HOST ?? '127.0.0.1',
  });
  console.log(`Static host (GitHub Pages rules): ${host.url} → ${root}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void host.close().then(() => process.exit(0)));
  }
}
