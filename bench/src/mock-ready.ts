// Child of src/mock.ts: one fresh process, as a fresh vitest worker is, timing the mock's start.
const imported = performance.now();
const { createGigMarketMock } = await import('@gigmarket/mock');
const created = performance.now();
const mock = await createGigMarketMock({ seed: 1 });
const ready = performance.now();
await mock.close();
process.stdout.write(
  `${JSON.stringify({ importMs: created - imported, createMs: ready - created, sinceProcessStartMs: ready })}\n`,
);
