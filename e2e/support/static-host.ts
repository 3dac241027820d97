// A static file server that behaves like GitHub Pages, for the `static-host` e2e project:
// files only below the sub-path, a directory's index.html, unknown paths answered with
// 404.html and status 404, and no rewrites. `vite preview` rewrites every path to
// index.html, which would hide exactly what breaks on such a host.
//   STATIC_ROOT=dist STATIC_BASE=/heavy-rotation/ STATIC_PORT=4175 npx tsx e2e/support/static-host.ts
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const root = resolve(process.env.STATIC_ROOT ?? 'dist');
const base = (process.env.STATIC_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.STATIC_PORT ?? 4175);
const host = process.env.STATIC_HOST ?? '127.0.0.1';

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

async function fileAt(path: string): Promise<{ path: string; size: number } | 'directory' | null> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'directory' : { path, size: stats.size };
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, file: { path: string; size: number }, head: boolean) {
  res.writeHead(status, {
    'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
    'Content-Length': file.size,
    'Cache-Control': 'no-cache',
  });
  if (head) res.end();
  else createReadStream(file.path).pipe(res);
}

async function notFound(res: ServerResponse, head: boolean) {
  const page = await fileAt(join(root, '404.html'));
  if (page && page !== 'directory') return send(res, 404, page, head);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
}

const server = createServer((req, res) => {
  void (async () => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://host');
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
      return notFound(res, head);
    }
    const target = resolve(root, relative);
    if (target !== root && !target.startsWith(root + sep)) return notFound(res, head);
    const found = await fileAt(target);
    if (found === 'directory') {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      const index = await fileAt(join(target, 'index.html'));
      return index && index !== 'directory' ? send(res, 200, index, head) : notFound(res, head);
    }
    return found ? send(res, 200, found, head) : notFound(res, head);
  })().catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

server.listen(port, host, () => {
  console.log(`Static host (GitHub Pages rules): http://${host}:${port}${base} → ${root}`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
