import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts'],
          // The PostgreSQL server at TEST_POSTGRES_URL, or a throwaway one when none answers.
          globalSetup: ['src/test/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Browser journeys: the real server and Chromium; the web app is built once per run.
        extends: true,
        test: {
          name: 'web',
          include: ['web/e2e/**/*.e2e.test.ts'],
          // Chromium and a CJK font first: where one is missing the run stops with what to install.
          globalSetup: ['web/e2e/browser-prerequisites.ts', 'web/e2e/build-web.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
