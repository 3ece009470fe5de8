import { schemas } from '@gigmarket/jobs/validation';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objects } from '../../store/schema.js';
import { startTestServer } from '../../test-support/harness.js';
import { createAssignmentForApplication } from './effects.js';
import { effectContext, key, seedEngagement } from './test-fixtures.js';

// No mocks: the settlement and credit domains' real effects run in the same transaction.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
const geo = { lng: 120.302, lat: 30.421, crs: 'GCJ02' };

async function submitted() {
  const e = await seedEngagement(server.db, {
    agreementType: 'ORAL_PART_TIME',
    employmentForm: 'PART_TIME_LABOUR',
  });
  const id = (await createAssignmentForApplication(effectContext(server.db), e.application, e.job))
    .id as string;
  server.setNow(new Date('2025-07-02T00:00:00Z'));
  await server.as('platformB')('POST', `/assignments/${id}/check-in`, {
    at: '2025-07-02T08:00:00+08:00',
    geo,
  });
  server.setNow(new Date('2025-07-02T04:00:00Z'));
  await server.as('platformB')('POST', `/assignments/${id}/check-out`, {
    at: '2025-07-02T12:00:00+08:00',
    geo,
  });
  await server.as('platformB')('POST', `/assignments/${id}/submit`, {});
  return id;
}

describe('with the settlement and credit domains', () => {
  it('keeps the dispute the settlement domain opened linked on the work order', async () => {
    const id = await submitted();
    const res = await server.as('platformA')('POST', `/assignments/${id}/dispute`, {
      reason: '卫生间未清洁干净',
      category: 'QUALITY',
    });
    expect(res.status).toBe(200);
    const a = schemas.zAssignment.parse(res.body);
    expect(a.status).toBe('DISPUTED');
    expect(a.disputeId).toMatch(/^dsp_/);
  });

  it('confirms work of a job without escrow and records the credit events', async () => {
    const id = await submitted();
    const res = await server.as('platformA')('POST', `/assignments/${id}/confirm`, {}, key());
    expect(schemas.zAssignment.parse(res.body)).toMatchObject({ status: 'ACCEPTED', acceptedBy: 'EMPLOYER' });
    const events = await server.db
      .select({ data: objects.data })
      .from(objects)
      .where(and(eq(objects.type, 'CreditEvent'), sql`${objects.data}::text LIKE ${`%${id}%`}`));
    expect(events.map((e) => (e.data as { type: string }).type)).toEqual([
      'ASSIGNMENT_COMPLETED',
      'ASSIGNMENT_COMPLETED',
    ]);
  });
});
