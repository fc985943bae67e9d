import type { IncomingMessage, ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import helmet, { type HelmetOptions } from 'helmet';

const isApiPath = (url: string) => url === '/api/v1' || url.startsWith('/api/v1/') || url.startsWith('/api/v1?');

/**
 * The headers helmet sets for these options. With static options they are the same for every request, so they are
 * worked out once: helmet's fastify adapter rebuilt the middleware, CSP included, on every request, which cost
 * /healthz a tenth of its throughput.
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

export default fp(
  async (app) => {
    const securityHeaders = helmetHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // FullCalendar injects its <style> element at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // The interactive API docs are served under the same CSP; they need no exceptions beyond styles.
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onRequest', async (_request, reply) => {
      reply.headers(securityHeaders);
    });
    // API answers carry personal data (names, exports, calendars): no browser or proxy may keep a copy. A route
    // that chooses its own caching (the calendar feed) keeps it; errors and 404s under /api/v1 get no-store too.
    app.addHook('onSend', async (request, reply, payload) => {
      if (isApiPath(request.url) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      return payload;
    });
    // Limits are opt-in per route (login, signup, refresh), so the rest of the API is not slowed by a store lookup.
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'rate_limited',
        message: `Too many attempts; try again in ${context.after}`,
      }),
    });
  },
  { name: 'security' },
);
