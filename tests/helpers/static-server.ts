/**
 * Serves a built site over http on 127.0.0.1, as a static host would: directories get index.html, misses
 * get 404.html. With `base` (`/news/`), the site is served under that path, as GitHub Pages serves a project
 * site: a request anywhere else is answered 404 by the host, not by the site.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticSite {
  origin: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string, options: { base?: string } = {}): Promise<StaticSite> {
  const base = options.base ?? '/';
  const server: Server = createServer((request, response) => {
    const requested = new URL(request.url ?? '/', 'http://x').pathname;
    if (!requested.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: outside the site');
      return;
    }
    const path = normalize(decodeURIComponent(requested.slice(base.length - 1))).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
