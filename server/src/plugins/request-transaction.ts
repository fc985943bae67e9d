import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client.ts';
import { holdTransaction, type HeldTransaction } from '../db/held-transaction.ts';
import { DatabaseUnavailable } from '../http/errors.ts';
import { ALL_ORGANISATIONS, organisationSetting, setLocalSettings } from '../db/settings.ts';
import { auditSettings, type AuditActorKind } from '../modules/audit/audit.repository.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `false` for a route that runs outside the request's transaction: a write that must keep what it wrote when it
     * answers with an error (a refresh token's reuse revokes its family and answers 401; a failed login is logged),
     * which commits as it goes on the pool, or a probe that touches no organisation's data.
     */
    transaction?: false;
  }
  interface FastifyRequest {
    /** The request's database: its own transaction on an API route, the pool otherwise. */
    readonly db: Db;
    /**
     * The organisation the request acts for, once a hook has proven it (a verified token's, a SCIM token's): its
     * transaction sees that organisation's rows only. Unset, a public route's transaction starts across
     * organisations, to find the one it is given (by address or token).
     */
    organisationScope?: string;
  }
}

const HELD = Symbol('held transaction');
type Holding = { [HELD]?: HeldTransaction | null };

function actorOf(request: FastifyRequest): { actorId: string | null; actorKind: AuditActorKind } {
  const access = request.routeOptions.config?.access;
  if (Array.isArray(access)) return { actorId: request.tokenSubject ?? null, actorKind: 'user' };
  return { actorId: null, actorKind: access === 'scim' ? 'scim' : 'anonymous' };
}

/**
 * Every API request runs in one transaction, from its handler to its answer: all it writes commits together when
 * it answers below 400, and none of it otherwise. The transaction's settings say which organisation it works for
 * (row-level security, migration 0014) and who acts (the audit triggers, migration 0011), so every change is
 * logged with its author in the same transaction. It commits in `onSend`, before the after-commit work of the
 * events plugin (registered after this one) and before the client sees the answer.
 */
export default fp(
  async (app) => {
    app.decorateRequest('organisationScope', undefined);
    app.decorateRequest('db', {
      getter(this: FastifyRequest) {
        return (this as Holding)[HELD]?.tx ?? app.db;
      },
    });

    app.addHook('preHandler', async (request) => {
      if (request.routeOptions.config?.transaction === false) return;
      if (request.routeOptions.config?.access === undefined) return;
      const held = await holdTransaction(app.db).catch(() => {
        throw new DatabaseUnavailable();
      });
      (request as Holding)[HELD] = held;
      await setLocalSettings(held.tx, {
        ...organisationSetting(request.organisationScope ?? ALL_ORGANISATIONS),
        ...auditSettings({
          ...actorOf(request),
          route: `${request.method} ${request.routeOptions.url}`,
          requestId: String(request.id),
        }),
      });
    });

    const end = async (request: FastifyRequest, commit: boolean) => {
      const held = (request as Holding)[HELD];
      if (!held) return;
      (request as Holding)[HELD] = null;
      // What was announced follows from writes that are now undone: no after-commit work for them.
      if (!commit) request.announced = null;
      try {
        await held.end(commit);
      } catch (error) {
        request.announced = null;
        throw error;
      }
    };

    app.addHook('onSend', async (request, reply) => {
      const commit = reply.statusCode < 400;
      try {
        await end(request, commit);
      } catch (error) {
        request.log.error({ err: error }, commit ? 'commit failed' : 'rollback failed');
        // A failed rollback (the connection is gone) has kept nothing either: the error answer stands.
        if (commit) throw new DatabaseUnavailable();
      }
    });
    // An answer that never went through onSend (the client left): nothing of it is kept.
    app.addHook('onResponse', async (request) => {
      await end(request, false).catch((error: unknown) => request.log.error({ err: error }, 'rollback failed'));
    });
  },
  // Before the events plugin: its onSend hook runs the after-commit work, which must follow this one's commit.
  { name: 'request-transaction', dependencies: ['db'] },
);
