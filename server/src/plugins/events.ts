import fp from 'fastify-plugin';
import { Changes, type EventBus } from '../events/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** After-commit work: subscribers are registered when the app is built. */
    events: EventBus;
  }
  interface FastifyRequest {
    /** What this request announces; handled once, after its writes, before the answer goes out. */
    changes: Changes;
  }
}

/**
 * One batch of announcements per request, handled in `onSend`: after the service has committed and returned, and
 * before the client sees the answer, so a client that reads right after a write sees what followed from it.
 */
export default fp(
  async (app, opts: { bus: EventBus }) => {
    app.decorate('events', opts.bus);
    app.decorateRequest('changes', null as unknown as Changes);
    app.addHook('onRequest', async (request) => {
      request.changes = new Changes();
    });
    app.addHook('onSend', async (request) => {
      // Unset when the request failed before its own hooks ran (a parse error): then nothing was announced.
      if (request.changes) await app.events.flush(request.changes, { db: app.db, log: request.log });
    });
  },
  { name: 'events', dependencies: ['db'] },
);
