import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGigMarketMock, type GigMarketMock } from './index.js';

let a: GigMarketMock;
let b: GigMarketMock;
beforeAll(async () => {
  [a, b] = await Promise.all([createGigMarketMock({ seed: 42 }), createGigMarketMock({ seed: 42 })]);
});
afterAll(() => Promise.all([a.close(), b.close()]));

const jobs = async (mock: GigMarketMock) =>
  (await (
    await mock.fetch('/jobs?limit=100', { headers: { 'X-Api-Key': mock.credentials.regulator.apiKey } })
  ).json()) as { data: Array<{ id: string }> };

describe('createGigMarketMock', () => {
  it('gives the same ids for the same seed and calls', async () => {
    const [wa, wb] = [await a.fixtures.worker(), await b.fixtures.worker()];
    expect(wa.id).toBe(wb.id);
    expect(wa).toEqual(wb);
  });

  it('gives other ids for another seed', async () => {
    const other = await createGigMarketMock({ seed: 43 });
    try {
      await a.reset();
      expect((await other.fixtures.worker()).id).not.toBe((await a.fixtures.worker()).id);
    } finally {
      await other.close();
    }
  });

  it('reset drops every write and replays the same ids afterwards', async () => {
    await a.reset();
    const before = await jobs(a);
    const first = await a.fixtures.job();
    expect((await jobs(a)).data.map((j) => j.id)).toContain(first.id);
    await a.reset();
    expect(await jobs(a)).toEqual(before);
    const again = await a.fixtures.job();
    expect(again.id).toBe(first.id);
  });

  it('reset restores seeded rows that a test changed or deleted, and drops new ones', async () => {
    await a.reset();
    const headers = { 'X-Api-Key': a.credentials.platform.apiKey, 'Content-Type': 'application/json' };
    const before = await jobs(a);
    const seededJob = before.data.find((j) => (j as { status?: string }).status === 'PUBLISHED');
    expect(seededJob).toBeDefined();
    const id = (seededJob as { id: string }).id;
    const closed = await a.fetch(`/jobs/${id}/close`, {
      method: 'POST',
      headers: { ...headers, 'Idempotency-Key': 'close-seeded-job' },
      body: JSON.stringify({ reason: '招满' }),
    });
    expect(closed.status).toBe(200);
    await a.fixtures.worker();
    await a.reset();
    expect(await jobs(a)).toEqual(before);
    // Twice in a row: the rows a reset copied back count as seeded for the next one.
    await a.reset();
    expect(await jobs(a)).toEqual(before);
  });

  it('reset returns to the state after the fixtures option', async () => {
    let seededId = '';
    const mock = await createGigMarketMock({
      fixtures: async (f) => {
        seededId = (await f.worker()).id;
      },
    });
    try {
      const get = (id: string) =>
        mock.fetch(`/workers/${id}`, { headers: { 'X-Api-Key': mock.credentials.platform.apiKey } });
      const later = await mock.fixtures.worker();
      await mock.reset();
      expect((await get(seededId)).status).toBe(200);
      expect((await get(later.id)).status).toBe(404);
    } finally {
      await mock.close();
    }
  });

  it('starts the clock at the end of the demo story and advances it by durations', async () => {
    await a.reset();
    const start = a.clock.now();
    expect(start.toISOString()).toBe('2025-07-01T01:00:00.000Z');
    expect((await a.clock.advance('72h')).getTime() - start.getTime()).toBe(72 * 3_600_000);
    const res = await a.fetch('/sandbox/clock', { headers: { 'X-Api-Key': a.credentials.platform.apiKey } });
    expect((await res.json()).now).toBe('2025-07-04T09:00:00+08:00');
    await a.reset();
    expect(a.clock.now()).toEqual(start);
  });

  it('follows the sandbox clock when a partner advances it over HTTP', async () => {
    await a.reset();
    const start = a.clock.now().getTime();
    await a.fetch('/sandbox/clock/advance', {
      method: 'POST',
      headers: { 'X-Api-Key': a.credentials.platform.apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ by: '2h' }),
    });
    expect(a.clock.now().getTime() - start).toBe(2 * 3_600_000);
  });

  it('provisions one demo client per role', async () => {
    expect(Object.keys(a.credentials).sort()).toEqual(
      ['hrAgency', 'insurer', 'marketOperator', 'platform', 'regulator', 'workerApp'].sort(),
    );
    const me = await a.fetch('/me', { headers: { 'X-Api-Key': a.credentials.insurer.apiKey } });
    expect((await me.json()).role).toBe('insurer');
  });
});
