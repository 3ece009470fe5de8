import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test-support/harness.js';
import { freshPostgresDatabase } from '../test-support/postgres.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;

const market = {
  name: '钱塘区零工服务网点',
  venueType: 'SERVICE_POINT',
  operatorType: 'PUBLIC',
  location: {
    region: '330114',
    address: '浙江省杭州市钱塘区下沙街道文泽路21号',
    geo: { lng: 120.3393, lat: 30.3101, crs: 'GCJ02' },
  },
  openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5], open: '08:30', close: '17:00' }],
  contacts: { hotline: '0571-12333' },
};

/** Two stateless instances of the server on one real PostgreSQL, as a city scales out. */
describe('on PostgreSQL, two instances on one database', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let a: Server;
  let b: Server;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    a = await startTestServer({ databaseUrl: database.url });
    b = await startTestServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('share data: what one instance writes, the other reads', async () => {
    const created = await a.as('operator')('POST', '/gig-markets', market);
    expect(created.status).toBe(201);
    const read = await b.as('operator')('GET', `/gig-markets/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it('let exactly one of 40 concurrent identical transitions through, across both instances', async () => {
    const { body } = await a.as('operator')('POST', '/gig-markets', market);
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).as('regulator')('POST', `/gig-markets/${body.id}/suspend`, {}),
      ),
    );
    expect(attempts.filter((r) => r.status === 200)).toHaveLength(1);
    expect(attempts.filter((r) => r.status === 409).every((r) => r.body.currentState === 'SUSPENDED')).toBe(
      true,
    );
    expect(attempts.length).toBe(40);
  });

  it('give 50 concurrent duplicates with one Idempotency-Key, split across instances, one effect', async () => {
    const key = { 'Idempotency-Key': 'pg-concurrent-0001' };
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? a : b).as('operator')('POST', '/gig-markets', market, key),
      ),
    );
    const created = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(created.size).toBe(1);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  });
});
