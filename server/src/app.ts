import Fastify, { type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { createEventBus } from './events/index.ts';
import authPlugin from './plugins/auth.ts';
import compressionPlugin from './plugins/compression.ts';
import dbPlugin from './plugins/db.ts';
import eventsPlugin from './plugins/events.ts';
import requestTransactionPlugin from './plugins/request-transaction.ts';
import errorsPlugin, { clientErrorHandler, frameworkErrors } from './plugins/errors.ts';
import openapiPlugin from './plugins/openapi.ts';
import securityPlugin from './plugins/security.ts';
import spaPlugin from './plugins/spa.ts';
import { loggerOptions } from './http/logger.ts';
import { drainPlugin } from './http/shutdown.ts';
import { createValidatorCompiler } from './http/validation.ts';
import auditRoutes from './modules/audit/audit.routes.ts';
import ambassadorsRoutes from './modules/ambassadors/ambassadors.routes.ts';
import authRoutes from './modules/auth/auth.routes.ts';
import { CoverageCache } from './modules/coverage/coverage-cache.ts';
import coverageRoutes from './modules/coverage/coverage.routes.ts';
import departmentsRoutes from './modules/departments/departments.routes.ts';
import employeesRoutes from './modules/employees/employees.routes.ts';
import healthRoutes from './modules/health/health.routes.ts';
import layersRoutes from './modules/layers/layers.routes.ts';
import organisationRoutes from './modules/organisations/organisations.routes.ts';
import usersRoutes from './modules/users/users.routes.ts';
import trainingRoutes from './modules/training/training.routes.ts';
import calendarRoutes from './modules/calendar/calendar.routes.ts';
import feedbackRoutes from './modules/feedback/feedback.routes.ts';
import findingsRoutes from './modules/findings/findings.routes.ts';
import activitiesRoutes from './modules/activities/activities.routes.ts';
import contentRoutes from './modules/content/content.routes.ts';
import dashboardRoutes from './modules/dashboard/dashboard.routes.ts';
import roomsRoutes from './modules/rooms/rooms.routes.ts';
import scimRoutes from './modules/scim/scim.routes.ts';
import scimTokensRoutes from './modules/scim/scim-tokens.routes.ts';
import ssoRoutes from './modules/sso/sso.routes.ts';
import notificationRoutes from './modules/notifications/notifications.routes.ts';
import { notificationJobs, OUTBOX_JOB } from './modules/notifications/notifications.jobs.ts';
import jobsPlugin from './jobs/plugin.ts';
import { retentionJob } from './modules/employees/retention/retention.service.ts';
import { reminderJob } from './modules/reminders/reminders.jobs.ts';

export type BuildAppOptions = { config: Config; database: Database; logger?: FastifyServerOptions['logger'] };

export async function buildApp({ config, database, logger }: BuildAppOptions) {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    trustProxy: config.trustProxy,
    // As long as the longest path parameter a schema allows (tokens of 200), so the schema answers below that;
    // above it, and for requests Node's parser refuses, the answers are problem+json like every other error.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
    clientErrorHandler,
    // drainPlugin answers requests that arrive while closing, as problem+json.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(createValidatorCompiler());

  await app.register(errorsPlugin);
  await app.register(drainPlugin);
  await app.register(dbPlugin, { database });
  await app.register(requestTransactionPlugin);
  const coverageCache = new CoverageCache();
  app.decorate('coverageCache', coverageCache);
  await app.register(eventsPlugin, { bus: createEventBus({ coverageCache }) });
  await app.register(securityPlugin);
  // After the plugins whose onSend hooks set headers, so compression comes last; before the routes and the SPA.
  await app.register(compressionPlugin);
  await app.register(openapiPlugin);
  await app.register(authPlugin, { config });
  // Built here, started by server.ts (or a test): apps that tests build never poll.
  await app.register(jobsPlugin, {
    jobs: [
      ...notificationJobs({ db: database.db, config, log: app.log }),
      reminderJob({ db: database.db, log: app.log, onQueued: () => app.jobs.wake(OUTBOX_JOB) }),
      retentionJob({ db: database.db, log: app.log }),
    ],
    database,
    databaseUrl: config.databaseUrl,
    wakeOnWrite: [OUTBOX_JOB],
  });

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes, { config });
      await api.register(usersRoutes, { config });
      await api.register(organisationRoutes);
      await api.register(layersRoutes);
      await api.register(departmentsRoutes);
      await api.register(employeesRoutes);
      await api.register(ambassadorsRoutes);
      await api.register(coverageRoutes);
      await api.register(trainingRoutes, { config });
      await api.register(calendarRoutes, { config });
      await api.register(feedbackRoutes);
      await api.register(findingsRoutes);
      await api.register(activitiesRoutes);
      await api.register(contentRoutes);
      await api.register(dashboardRoutes);
      await api.register(roomsRoutes);
      await api.register(scimTokensRoutes);
      await api.register(scimRoutes, { config });
      await api.register(ssoRoutes, { config });
      await api.register(notificationRoutes, { config });
      await api.register(auditRoutes);
    },
    { prefix: '/api/v1' },
  );
  await app.register(spaPlugin, { distDir: config.webDistDir });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
