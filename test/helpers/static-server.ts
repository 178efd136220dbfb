import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface Server {
  /** The server's origin, such as http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

export interface StaticServer extends Server {
  /** The site's address, base path included: http://127.0.0.1:<port>/roadmap/ */
  url: string;
}

/** Listens on a free port of the loopback address, so test runs side by side never collide. */
export async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves a built site under its base path as a static host does: folders
 * answer with their index.html, anything else with 404.html and status 404.
 * `headers` are added to every response (CORS, for the widget's tests).
 */
export async function serveStatic(root: string, base: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server = await listen((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = (file: string, status = 200) => {
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(response);
    };
    const notFound = () => send(join(root, '404.html'), 404);
    if (!path.startsWith(base)) return notFound();
    const relative = normalize(path.slice(base.length));
    if (relative.startsWith('..') || relative.split(sep).includes('..')) return notFound();
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      // Like GitHub Pages: /roadmap/feedback redirects to /roadmap/feedback/.
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || statSync(file).isDirectory()) return notFound();
    send(file);
  });
  return { ...server, url: `${server.origin}${base}` };
}
