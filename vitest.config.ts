import { defineConfig } from 'vitest/config';

// Unit tests run in Node: chart builders, selectors and the pipeline need no DOM.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['pipeline/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
