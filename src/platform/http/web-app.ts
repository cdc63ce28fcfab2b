/**
 * Serves the built web app (web/dist) at `/`: hashed files under /assets are cached for a year,
 * index.html never, and any other GET outside /api that does not name a file answers index.html
 * so that the browser's router can show deep links (/tasks/3) after a reload.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const immutable = 'public, max-age=31536000, immutable';

export async function registerWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `npm run build:web`');
    return false;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      void reply.header('cache-control', path.includes('/assets/') ? immutable : 'no-cache');
    },
  });
  // Files added after start (a rebuild) are served too; a missing file is a 404, not the app.
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    if (/\.[a-z0-9]+$/i.test(path)) return reply.sendFile(decodeURIComponent(path));
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
