import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { notFoundProblem, sendProblem } from './errors.ts';

/**
 * Serves the built SPA at `/` with history fallback: any GET outside the API that asks for HTML gets index.html.
 * Unknown paths under /api stay problem+json 404s.
 */
export default fp(
  async (app, opts: { distDir: string }) => {
    const hasSpa = existsSync(path.join(opts.distDir, 'index.html'));
    if (hasSpa) {
      await app.register(fastifyStatic, { root: opts.distDir, wildcard: false, index: ['index.html'] });
    } else {
      app.log.warn({ distDir: opts.distDir }, 'SPA build not found: serving the API only');
    }
    app.setNotFoundHandler((request, reply) => {
      const pathname = request.url.split('?')[0] ?? '';
      const isApi =
        pathname.startsWith('/api/') || pathname === '/api' || pathname === '/healthz' || pathname === '/readyz';
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      if (hasSpa && request.method === 'GET' && !isApi && wantsHtml) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return sendProblem(reply, notFoundProblem(request));
    });
  },
  { name: 'spa', dependencies: ['errors'] },
);
