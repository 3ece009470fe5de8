import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

export default defineProject({
  ...sourceConditions,
  test: {
    name: 'mock',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds the demo snapshot once per run when `pnpm build` has not (or the migrations changed).
    globalSetup: ['./test/ensure-snapshot.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
