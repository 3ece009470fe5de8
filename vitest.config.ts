import { defineConfig } from 'vitest/config';

// Each workspace package and app owns its tests and its own `vitest.config.ts`
// (defineProject); this root file only lists where the projects live.
export default defineConfig({
  test: {
    projects: ['openapi', 'packages/*', 'apps/*'],
  },
});
