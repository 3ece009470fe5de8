import { defineConfig } from 'tsup';

export default defineConfig({
  // The CLI is its own entry so the library entry never pulls in argument parsing or the terminal UI.
  entry: ['src/index.ts', 'src/cli/cli.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // import.meta.url (spec loading) in the CommonJS build.
  shims: true,
});
