import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { notFoundProblem, sendProblem } from './errors.ts';

/** vite names every file under assets/ after a hash of its content: a new build gives it a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the files of web/public keep their names, so the browser asks again each time (a 304 mostly). */
export const REVALIDATE = 'no-cache';

/** The cache policy of a file of the build, by its path relative to the build directory. */
export function cacheControlFor(relativePath: string): string {
  return relativePath.split(path.sep)[0] === 'assets' ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built SPA at `/` with history fallback: any GET outside the API that asks for HTML gets index.html.
 * Unknown paths under /api stay problem+json 404s.
 *
 * The build writes a `.br` and a `.gz` beside each text asset; `preCompressed` sends the one the browser accepts
 * (with `Vary: Accept-Encoding`), so static files cost no CPU to compress and get the best compression level.
 */
export default fp(
  async (app, opts: { distDir: string }) => {
    const hasSpa = existsSync(path.join(opts.distDir, 'index.html'));
    if (hasSpa) {
      await app.register(fastifyStatic, {
        root: opts.distDir,
        wildcard: false,
        index: ['index.html'],
        preCompressed: true,
        // The library's default (`public, max-age=0`) is replaced per file below.
        cacheControl: false,
        setHeaders: (reply, filePath) => {
          // With preCompressed the path is that of the .br/.gz file; the policy only depends on its folder.
          reply.header('cache-control', cacheControlFor(path.relative(opts.distDir, filePath)));
        },
      });
    } else {
      app.log.warn({ distDir: opts.distDir }, 'SPA build not found: serving the API only');
    }
    app.setNotFoundHandler((request, reply) => {
      const pathname = request.url.split('?')[0] ?? '';
      const isApi =
        pathname.startsWith('/api/') || pathname === '/api' || pathname === '/healthz' || pathname === '/readyz';
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      if (hasSpa && request.method === 'GET' && !isApi && wantsHtml) {
        return reply.sendFile('index.html');
      }
      return sendProblem(reply, notFoundProblem(request));
    });
  },
  { name: 'spa', dependencies: ['errors'] },
);
