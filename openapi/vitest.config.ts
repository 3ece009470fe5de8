import { defineProject } from 'vitest/config';
import { sourceConditions } from '../vitest.shared.js';

export default defineProject({
  ...sourceConditions,
  test: { name: 'openapi', include: ['test/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] },
});
