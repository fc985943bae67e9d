import type { FastifyPluginAsync } from 'fastify';
import enrolmentsRoutes from './enrolments/enrolments.routes.ts';
import planningRoutes from './planning/planning.routes.ts';
import reportsRoutes from './reports/reports.routes.ts';
import sessionsRoutes from './sessions/sessions.routes.ts';

/** Training: sessions, who is enrolled and attended, the wave planner, and the coverage and cascade reports. */
const trainingRoutes: FastifyPluginAsync = async (app) => {
  await app.register(sessionsRoutes);
  await app.register(enrolmentsRoutes);
  await app.register(planningRoutes);
  await app.register(reportsRoutes);
};

export default trainingRoutes;
