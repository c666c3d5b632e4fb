import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the scratch directories (test/helpers.ts scratchDir) after each test file.
    setupFiles: ['test/setup.ts'],
    // CLI and browser tests spawn processes; keep them off the default 5 s budget.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
