import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { provisionClients } from './auth/provision.js';
import { referenceBehaviour } from './behaviour.js';
import { type IdGenerator, seededIds } from './ids.js';
import { openDatabase } from './store/database.js';
import { CLIENTS, TEST_CONFIG } from './test-support/harness.js';
import { backgroundTick } from './worker.js';

const NOW = new Date('2025-07-01T01:00:00Z');
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers) await close();
});

const market = {
  name: '清徐县零工市场',
  venueType: 'MARKET',
  operatorType: 'PUBLIC',
  operator: { name: '清徐县公共就业服务中心', uscc: '52140121MJY277318L' },
  location: { region: '140121', address: '山西省太原市清徐县清源镇文源路18号' },
  openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
  contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
};

/** A server on its own in-memory database with a fixed clock and the given id generator. */
async function serverWith(ids?: IdGenerator) {
  const { db, close } = await openDatabase({});
  closers.push(close);
  await provisionClients(
    db,
    Object.values(CLIENTS).map((c) => ({ ...c, scopes: [...c.scopes] })),
  );
  const clock = { now: () => NOW };
  const app = createApp({
    db,
    clock,
    config: TEST_CONFIG,
    behaviour: referenceBehaviour(),
    ...(ids ? { ids } : {}),
  });
  const call = async (client: keyof typeof CLIENTS, method: string, path: string, body?: unknown) => {
    const res = await app.request(`/v1${path}`, {
      method,
      headers: {
        'X-Api-Key': CLIENTS[client].apiKey,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() };
  };
  return { db, clock, ids, call };
}

/** The same script of requests: creations, an action that emits an event, a failure, reads. */
async function script(server: Awaited<ReturnType<typeof serverWith>>) {
  const created = await server.call('operator', 'POST', '/gig-markets', market);
  const second = await server.call('operator', 'POST', '/gig-markets', {
    ...market,
    name: '清徐县第二零工市场',
  });
  const suspended = await server.call('regulator', 'POST', `/gig-markets/${created.body.id}/suspend`);
  const missing = await server.call('operator', 'GET', '/gig-markets/gmk_01HZX8Q3W5T7V9B1C3D5F7G9HJ');
  const list = await server.call('operator', 'GET', '/gig-markets?limit=10');
  const subscription = await server.call('platformA', 'POST', '/webhook-subscriptions', {
    url: 'https://hooks.partner.example.cn/gm',
    eventTypes: ['job.published'],
  });
  // The signing secret is random on purpose (it is a credential, not an id).
  expect(subscription.body.secret).toEqual(expect.any(String));
  subscription.body.secret = '<secret>';
  subscription.body.subscription.secretHint = '<hint>';
  return [created, second, suspended, missing, list, subscription];
}

describe('deterministic ids', () => {
  it('two servers with seededIds(7) and the same clock answer the same requests identically', async () => {
    const a = await script(await serverWith(seededIds(7)));
    const b = await script(await serverWith(seededIds(7)));
    expect(a[0]?.body.id).toMatch(/^gmk_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(a[3]?.status).toBe(404);
    expect(a[5]?.body.subscription.id).toMatch(/^whs_/);
    // Request ids, object ids and every body, problem documents included.
    expect(b).toEqual(a);
    // The seed is what decides: another seed, or the default random ids, give other ids.
    const eight = await script(await serverWith(seededIds(8)));
    const random = await script(await serverWith());
    expect(eight[0]?.body.id).not.toBe(a[0]?.body.id);
    expect(random[0]?.body.id).not.toBe(a[0]?.body.id);
    expect(eight[0]?.requestId).not.toBe(a[0]?.requestId);
    // Four fresh databases with migrations: slow on a loaded machine, not a sign of a hang.
  }, 180_000);

  it('the background worker takes the same generator, so timer-driven events are reproducible too', async () => {
    const run = async () => {
      const ids = seededIds(7);
      const server = await serverWith(ids);
      await backgroundTick({
        db: server.db,
        clock: server.clock,
        config: TEST_CONFIG,
        behaviour: referenceBehaviour(),
        ids,
      });
      return [ids('probe', NOW.getTime()), await script(server)];
    };
    expect(await run()).toEqual(await run());
  }, 120_000);
});
