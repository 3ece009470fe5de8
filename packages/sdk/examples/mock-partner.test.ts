import { createGigMarketMock } from '@gigmarket/mock';
import { apiKey, createGigMarketClient } from '@gigmarket/sdk';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

// The reference server's own rules on an in-memory copy of the demo city, behind MSW.
const mock = await createGigMarketMock({ seed: 1 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset()); // every test starts from the same seeded city
afterAll(async () => {
  server.close();
  await mock.close();
});

const client = createGigMarketClient({
  baseUrl: mock.baseUrl,
  auth: apiKey(mock.credentials.platform.apiKey),
  sleep: async () => {}, // retries do not wait in tests
});

it('walks a posting to a rated, paid work order', async () => {
  const job = await mock.fixtures.job({ title: '小区开荒保洁（日结）' }); // approved employer, PUBLISHED
  const escrow = await mock.fixtures.escrow({ jobId: job.id, amountFen: 20000 }); // FUNDED
  const worker = await mock.fixtures.worker();

  const application = await client.jobs.applications.create(job.id, {
    workerId: worker.id,
    channel: 'ONLINE',
  });
  await client.jobs.applications.shortlist(application.id);
  const startAt = job.schedule.startAt;
  await client.jobs.applications.offer(application.id, {
    payFen: 20000,
    startAt,
    expiresAt: new Date(mock.clock.now().getTime() + 12 * 3_600_000).toISOString(),
  });
  const accepted = await client.jobs.applications.accept(application.id);
  const orderId = accepted.assignmentId as string;

  await mock.clock.advance('48h'); // the shift starts
  const geo = { lng: 120.301, lat: 30.421, crs: 'GCJ02' as const }; // at the site (fixtures' job address)
  await client.jobs.assignments.checkIn(orderId, { at: startAt, geo });
  await mock.clock.advance('4h');
  await client.jobs.assignments.checkOut(orderId, { at: job.schedule.endAt, geo });
  await client.jobs.assignments.submit(orderId, {});
  await client.jobs.assignments.confirm(orderId, {});

  // Confirming releases the escrowed wages; the payout settles the order as time passes.
  await mock.clock.advance('24h');
  expect((await client.jobs.assignments.get(orderId)).status).toBe('SETTLED');
  expect((await client.settlement.escrows.get(escrow.id)).status).toBe('RELEASED');

  // A flaky network: the first rating answers 503; the SDK retries with the same Idempotency-Key.
  mock.failNext('ratings.create', { status: 503 });
  const rating = await client.credit.ratings.create({
    assignmentId: orderId,
    raterRole: 'EMPLOYER',
    stars: 5,
  });
  expect(rating.assignmentId).toBe(orderId);
});
