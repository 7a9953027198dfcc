import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // A page polled for a result (expect.poll) may wait on a search or a build running beside it.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: builds and the browser are heavy, so test files run two at a time at most.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          globalSetup: ['tests/support/temp-dir.ts'],
          include: [
            'src/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/install/**/*.test.ts',
            'tests/security/hostile-content.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/cli/**', 'tests/install/**', 'tests/security/hostile-content.test.ts'],
          // Builds the sample and fixture sites once for every test that reads built pages.
          globalSetup: ['tests/support/temp-dir.ts', 'tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
