import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Server {
  /** The server's origin, such as http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/** Listens on a free port of the loopback address, so parallel test runs never collide. */
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
 * Serves a built site the way a static host does, below its base path
 * (`/roadmap/` for dist/index.html at /roadmap/), with extra response headers.
 */
export function serveSite(dir: string, base: string, headers: Record<string, string> = {}): Promise<Server> {
  return listen(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(base)) return notFound(response);
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) return notFound(response);
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'Content-Type': 'text/html' });
  response.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
}
