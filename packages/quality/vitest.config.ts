import { defineProject } from 'vitest/config';

// No `sourceConditions` here: unlike every other project, these gates measure what consumers get,
// the built `dist/` of each package (turbo builds them first: they are devDependencies).
export default defineProject({
  test: {
    name: 'quality',
    include: ['src/**/*.test.ts'],
    // Bundling, packing and typedoc take seconds, not milliseconds (2-core machines).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
