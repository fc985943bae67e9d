import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config.ts';
import enrolmentsRoutes from './enrolments/enrolments.routes.ts';
import planningRoutes from './planning/planning.routes.ts';
import reportsRoutes from './reports/reports.routes.ts';
import sessionsRoutes from './sessions/sessions.routes.ts';

/** Training: sessions, who is enrolled and attended, the wave planner, and the coverage and cascade reports. */
const trainingRoutes: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  // Sessions and enrolments mail the people concerned, with links into the app.
  await app.register(sessionsRoutes, { publicUrl: config.publicUrl });
  await app.register(enrolmentsRoutes, { publicUrl: config.publicUrl });
  await app.register(planningRoutes);
  await app.register(reportsRoutes);
};

export default trainingRoutes;
