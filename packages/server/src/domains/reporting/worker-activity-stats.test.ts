import { schemas } from '@gigmarket/reporting/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, startTestServer } from '../../test-support/harness.js';
import { row, seedWorkers } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let workers: string[];
beforeAll(async () => {
  server = await startTestServer();
  workers = await seedWorkers(server.db, CLIENTS.platformA.tenantId, 3);
});
afterAll(() => server.close());
const A = () => server.as('platformA');

describe('workerActivityStats', () => {
  it('stores a batch (200 with counts), replaces a resubmitted worker-month and masks the contact but for regulators', async () => {
    const first = await A()('POST', '/worker-activity-stats', {
      rows: [
        row(workers[0] as string),
        row(workers[1] as string, {
          contactMobile: undefined,
          selfAttested: false,
          selfAttestedAt: undefined,
        }),
      ],
    });
    expect(first.status).toBe(200);
    const batch = schemas.zWorkerActivityStatBatchResult.parse(first.body);
    expect(batch).toMatchObject({ created: 2, replaced: 0 });
    expect(batch.data[0]).toMatchObject({
      contactMobileMasked: '138****5678',
      reporterTenantId: CLIENTS.platformA.tenantId,
    });
    expect(batch.data[0]).not.toHaveProperty('contactMobile');
    expect(batch.data[1]?.contactMobileMasked).toBeNull();
    const again = schemas.zWorkerActivityStatBatchResult.parse(
      (
        await A()('POST', '/worker-activity-stats', {
          rows: [row(workers[0] as string, { incomeFen: 600000 })],
        })
      ).body,
    );
    expect(again).toMatchObject({ created: 0, replaced: 1 });
    expect(again.data[0]?.id).toBe(batch.data[0]?.id);
    const id = batch.data[0]?.id as string;
    expect(
      schemas.zWorkerActivityStat.parse((await A()('GET', `/worker-activity-stats/${id}`)).body).incomeFen,
    ).toBe(600000);
    const reg = await server.as('regulator')('GET', `/worker-activity-stats/${id}`);
    expect(schemas.zWorkerActivityStat.parse(reg.body).contactMobile).toBe('13812345678');
    expect((await server.as('platformB')('GET', `/worker-activity-stats/${id}`)).status).toBe(404);
    const page = schemas.zWorkerActivityStatPage.parse(
      (await A()('GET', '/worker-activity-stats?workRegion=330106&month=2025-06')).body,
    );
    expect(page.data).toHaveLength(2);
    expect((await A()('GET', '/worker-activity-stats?workRegion=110101')).body.data).toHaveLength(0);
  });

  it('rejects the whole batch: 400 with a row pointer, 422 for a foreign worker or a month not ended', async () => {
    const noAt = await A()('POST', '/worker-activity-stats', {
      rows: [row(workers[2] as string), row(workers[2] as string, { selfAttestedAt: undefined })],
    });
    expect(noAt.status).toBe(400);
    expect(noAt.body.errors[0].pointer).toBe('/rows/1/selfAttestedAt');
    const bad = await A()('POST', '/worker-activity-stats', {
      rows: [row(workers[2] as string, { incomeFen: -1 })],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('/rows/0/incomeFen');
    const foreign = await server.as('platformB')('POST', '/worker-activity-stats', {
      rows: [row(workers[2] as string)],
    });
    expect(foreign.status).toBe(422);
    const current = await A()('POST', '/worker-activity-stats', {
      rows: [row(workers[2] as string, { month: '2025-07' })],
    });
    expect(current.status).toBe(422);
    expect((await A()('GET', `/worker-activity-stats?workerId=${workers[2]}`)).body.data).toHaveLength(0);
  });
});
