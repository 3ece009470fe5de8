import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // `webhooks` is its own entry so `@gigmarket/core/webhooks` pulls in nothing of the transport.
  entry: {
    index: 'src/index.ts',
    webhooks: 'src/webhooks/index.ts',
    'validation-schemas': 'src/validation-schemas.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // The SDK version in the User-Agent comes from package.json at build time (see src/version.ts).
  define: { __GIGMARKET_SDK_VERSION__: JSON.stringify(version) },
});
