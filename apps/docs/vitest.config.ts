import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'docs',
    include: ['examples/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end file drives one Chromium through the built site; pages load a 1 MB spec.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
