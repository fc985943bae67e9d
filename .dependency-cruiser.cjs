/**
 * The shape of the code, checked in `npm run lint`: a module's data goes through its repository, the database layer
 * knows no module, the web reaches the API only through its stores, and nothing imports in a circle.
 */
const tests = '(\\.test\\.ts$|\\.fixtures\\.ts$|/test/|/e2e/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to read, test or move on their own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'db-imports-no-module',
      severity: 'error',
      comment: 'server/src/db is the layer below the modules: the schema, the client, shared SQL and locks.',
      from: { path: '^server/src/db/' },
      to: { path: '^server/src/modules/' },
    },
    {
      name: 'module-uses-own-tables',
      severity: 'error',
      comment:
        "A module reads and writes only its own tables (server/src/db/schema/<module>.ts; training's rooms share training.ts). Another module's data comes through that module's repository, or for a join through its read view (<module>.views.ts).",
      from: { path: '^server/src/modules/([^/]+)/' },
      to: { path: '^server/src/db/schema/', pathNot: '^server/src/db/schema/$1\\.ts$' },
    },
    {
      name: 'views-import-no-module',
      severity: 'error',
      comment:
        'A read view (<module>.views.ts) builds subqueries and SQL fragments over its own tables only, so any repository can join it without an import cycle.',
      from: { path: '\\.views\\.ts$' },
      to: { path: '^server/src/', pathNot: '^server/src/db/' },
    },
    {
      name: 'queries-only-in-repositories',
      severity: 'error',
      comment:
        'Only repositories, read views and server/src/db build queries with drizzle-orm; services call repositories. (Tests and the demo seed write fixtures directly.)',
      from: {
        path: '^server/src/',
        pathNot: ['\\.repository\\.ts$', '\\.views\\.ts$', '^server/src/db/', '^server/src/seed/', tests],
      },
      to: { path: 'node_modules/drizzle-orm/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'routes-import-no-repository',
      severity: 'error',
      comment: 'Route handlers call services; the service owns the rules and the transaction.',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.repository\\.ts$' },
    },
    {
      name: 'web-views-use-stores',
      severity: 'error',
      comment: 'Views and components go through a store; only stores call the api modules.',
      from: { path: '^web/src/(views|components)/', pathNot: tests },
      to: { path: '^web/src/api/' },
    },
    {
      name: 'web-imports-no-server',
      severity: 'error',
      comment: 'The web app is built for the browser; it shares only the shared package with the server.',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '^data/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.vue', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
