import type { ViteUserConfig } from 'vitest/config';

/**
 * Tests and scripts run workspace packages from their TypeScript source (the `@gigmarket/source`
 * export condition), so no build is needed to test a change; consumers get `dist/`.
 */
export const sourceConditions: Pick<ViteUserConfig, 'resolve' | 'ssr'> = {
  resolve: { conditions: ['@gigmarket/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@gigmarket/source', 'module', 'node', 'development|production'] } },
};
