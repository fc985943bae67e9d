import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Ambassador API',
          version: '1.0.0',
          description: 'Run an ambassador network: organisation, ambassadors, coverage, training and feedback.',
        },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
        security: [{ bearerAuth: [] }],
      },
      transform: ({ schema, url, route }) => {
        const access = route.config?.access;
        const isPublic = access === 'public' || access === 'cookie';
        return { schema: isPublic ? { ...schema, security: [] } : schema, url };
      },
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
  },
  { name: 'openapi' },
);
