import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'conformance',
    include: ['src/**/*.test.ts'],
    // Each end-to-end file boots a reference server on PGlite and runs the whole kit against it.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
