import { PGlite } from '../../packages/mock/node_modules/@electric-sql/pglite/dist/index.js';
import { createGigMarketMock } from '@gigmarket/mock';
const log: string[] = [];
let on = false;
for (const m of ['query', 'exec'] as const) {
  const orig = (PGlite.prototype as any)[m];
  (PGlite.prototype as any)[m] = async function (this: any, sql: string, ...rest: any[]) {
    const t = performance.now();
    const r = await orig.call(this, sql, ...rest);
    if (on) log.push(`${m} ${(performance.now() - t).toFixed(2)}ms rows=${Array.isArray(r) ? r.map((x: any) => x.rows.length) : r.rows.length} ${sql.slice(0, 160).replace(/\s+/g, ' ')}`);
    return r;
  };
}
const origTx = (PGlite.prototype as any).transaction;
(PGlite.prototype as any).transaction = async function (this: any, cb: any) {
  const t = performance.now();
  const r = await origTx.call(this, async (tx: any) => {
    const q = tx.query; tx.query = async (sql: string, ...rest: any[]) => { const t1 = performance.now(); const r = await q.call(tx, sql, ...rest); if (on) log.push(`  tx.query ${(performance.now() - t1).toFixed(2)}ms rows=${r.rows.length} ${sql.slice(0, 200)}`); return r; };
    return cb(tx);
  });
  if (on) log.push(`transaction ${(performance.now() - t).toFixed(2)}ms`);
  return r;
};
const mock = await createGigMarketMock({ seed: 1 });
const headers = { 'X-Api-Key': mock.credentials.platform.apiKey };
const job = await mock.fixtures.job();
for (let i = 0; i < 50; i++) await (await mock.fetch(`/jobs/${job.id}`, { headers })).arrayBuffer();
on = true;
for (let k = 0; k < 3; k++) { log.push('---'); const t = performance.now();
const res = await mock.fetch(`/jobs/${job.id}`, { headers }); log.push(`fetch ${(performance.now() - t).toFixed(2)}`); await res.arrayBuffer();
log.push(`total ${(performance.now() - t).toFixed(2)}`); }
on = false;
console.log(log.join('\n'));
log.length = 0; on = true;
const t2 = performance.now();
await mock.reset();
console.log('reset', (performance.now() - t2).toFixed(2));
console.log(log.join('\n').slice(0, 300));
await mock.close();
