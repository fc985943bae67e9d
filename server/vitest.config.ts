import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/one-query-at-a-time.ts'],
    // PGlite takes seconds to start on two cores (see STACK.md); each file loads a migrated template instead.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
