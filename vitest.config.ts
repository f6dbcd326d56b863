import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One fast-check seed per run: fixed by default, FC_SEED=<integer> or FC_SEED=random otherwise.
    globalSetup: ['test/setup/seed.ts'],
    setupFiles: ['test/setup/fastCheck.ts'],
    // A test fails for what it finds, never for how busy the machine is; a hang still fails.
    // Property tests name their own, longer timeout (test/property.ts).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The per-file table lists only files with uncovered lines; the summary gives the totals.
      reporter: ['text-summary', ['text', { skipFull: true }]],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 90 },
    },
  },
});

// biome-ignore lint/style/noDefaultExport: vitest reads its configuration from the default export.
export default config;
