import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { Changes, type EventBus } from '../events/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** After-commit work: subscribers are registered when the app is built. */
    events: EventBus;
  }
  interface FastifyRequest {
    /** What this request announces; handled once, after its writes, before the answer goes out. */
    readonly changes: Changes;
    /** The batch behind `changes`, once something was announced. */
    announced: Changes | null;
  }
}

/**
 * One batch of announcements per request, handled in `onSend`: after the service has committed and returned, and
 * before the client sees the answer, so a client that reads right after a write sees what followed from it.
 */
export default fp(
  async (app, opts: { bus: EventBus }) => {
    app.decorate('events', opts.bus);
    // Made on first use, so that the many requests that change nothing (reads, probes) pay for no batch.
    app.decorateRequest('announced', null);
    app.decorateRequest('changes', {
      getter(this: FastifyRequest) {
        return (this.announced ??= new Changes());
      },
    });
    app.addHook('onSend', async (request) => {
      if (request.announced) await app.events.flush(request.announced, { db: app.db, log: request.log });
    });
  },
  { name: 'events', dependencies: ['db'] },
);
