import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // GitHub's workflow parser imports its JSON schema without an import attribute, which Node's own
    // loader refuses; inlined, Vite's transform loads it (test/docs/recipes.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
