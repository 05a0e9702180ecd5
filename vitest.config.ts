import { defineConfig } from 'vitest/config'

// Unit tests run in parallel in a few seconds. Integration tests open the CMS (a real SQLite file
// per file) and share one real HTTP server started by test/helpers/cms-server.ts.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'test/**/*.e2e.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/helpers/cms-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Two cores: one CMS server plus one test file at a time keeps memory and timings sane.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/helpers/site-server.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
