import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'identifiers', include: ['src/**/*.test.ts'] },
});
