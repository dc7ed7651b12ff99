import { defineConfig } from 'vitest/config';

// `npm run test:fuzz`: only the fuzz suite, with FUZZ_RUNS cases per target and room for them.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
