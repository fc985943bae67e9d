import type { FastifyPluginAsync } from 'fastify';
import responsesRoutes from './responses/responses.routes.ts';
import resultsRoutes from './results/results.routes.ts';
import roundsRoutes from './rounds/rounds.routes.ts';

/** Feedback rounds (the sounding board): rounds and their participants, each participant's response, the results. */
const feedbackRoutes: FastifyPluginAsync = async (app) => {
  await app.register(roundsRoutes);
  await app.register(responsesRoutes);
  await app.register(resultsRoutes);
};

export default feedbackRoutes;
