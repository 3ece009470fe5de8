import { readFileSync } from 'node:fs';
import { defineProject } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineProject({
  ...sourceConditions,
  // Same substitution as tsup.config.ts, so tests see the real SDK version.
  define: { __GIGMARKET_SDK_VERSION__: JSON.stringify(version) },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts'],
    // Type tests: the generated zod schemas infer the openapi-typescript types (src/generated/schemas.test-d.ts).
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
