import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // `snapshot-writer` is for the build step only (scripts/build-snapshot.mjs writes the demo city).
    entry: { index: 'src/index.ts', 'snapshot-writer': 'src/snapshot/file.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    // `import.meta.url` locates the snapshot; the CommonJS build needs it shimmed.
    shims: true,
  },
  {
    // The browser entry carries the reference server and its dependencies (Web Crypto and
    // TextEncoder only, no Node built-ins), so partners' bundlers need no aliases. PGlite (which
    // loads its WebAssembly beside itself) and MSW stay the partner's own.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: { entry: { browser: 'src/browser.ts' } },
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    noExternal: [/^(?!@electric-sql\/pglite|msw)/],
  },
]);
