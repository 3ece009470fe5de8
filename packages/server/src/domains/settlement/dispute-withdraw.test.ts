import { schemas as jobs } from '@gigmarket/jobs/validation';
import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { createAssignmentForApplication } from '../jobs-work/effects.js';
import { effectContext, seedEngagement } from '../jobs-work/test-fixtures.js';

// No mocks: the work order, the dispute and the escrow-less settlement run as in production.
type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const geo = { lng: 120.302, lat: 30.421, crs: 'GCJ02' };
const A = () => server.as('platformA');
const B = () => server.as('platformB');
const at = (iso: string) => server.setNow(new Date(iso));

/** A submitted work order without escrow (2025-07-02 08:00–12:00 +08:00), disputed by the employer. */
async function disputedWithoutEscrow() {
  at('2025-07-01T01:00:00Z');
  const e = await seedEngagement(server.db, {
    agreementType: 'ORAL_PART_TIME',
    employmentForm: 'PART_TIME_LABOUR',
  });
  const id = (await createAssignmentForApplication(effectContext(server.db), e.application, e.job))
    .id as string;
  at('2025-07-02T00:00:00Z');
  await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T08:00:00+08:00', geo });
  at('2025-07-02T04:00:00Z');
  await B()('POST', `/assignments/${id}/check-out`, { at: '2025-07-02T12:00:00+08:00', geo });
  expect((await B()('POST', `/assignments/${id}/submit`, {})).status).toBe(200);
  const disputed = await A()('POST', `/assignments/${id}/dispute`, {
    reason: '卫生间未清洁',
    category: 'QUALITY',
  });
  const order = jobs.zAssignment.parse(disputed.body);
  expect(order).toMatchObject({ status: 'DISPUTED', escrowId: null });
  return { id, disputeId: order.disputeId as string };
}

describe('withdrawing a dispute about work without escrow', () => {
  it('puts the work order back to COMPLETED_PENDING_CONFIRMATION with a fresh 72-hour acceptance timer', async () => {
    const { id, disputeId } = await disputedWithoutEscrow();
    at('2025-07-03T00:00:00Z');
    const closed = await A()('POST', `/disputes/${disputeId}/close`, { closeReason: 'WITHDRAWN' });
    expect(schemas.zDispute.parse(closed.body)).toMatchObject({ status: 'CLOSED', closeReason: 'WITHDRAWN' });
    const order = jobs.zAssignment.parse((await A()('GET', `/assignments/${id}`)).body);
    expect(order.status).toBe('COMPLETED_PENDING_CONFIRMATION');
    expect(new Date(order.autoAcceptAt as string).getTime()).toBe(Date.parse('2025-07-06T00:00:00Z'));
  });

  it('changes nothing when the close is refused: a second withdrawal is 409 and the order stays put', async () => {
    const { id, disputeId } = await disputedWithoutEscrow();
    expect((await A()('POST', `/disputes/${disputeId}/close`, { closeReason: 'WITHDRAWN' })).status).toBe(
      200,
    );
    const confirmed = await A()('POST', `/assignments/${id}/confirm`, {}, { 'Idempotency-Key': `k-${id}` });
    expect(confirmed.status).toBe(200);
    const again = await A()('POST', `/disputes/${disputeId}/close`, { closeReason: 'WITHDRAWN' });
    expect(again.status).toBe(409);
    const order = jobs.zAssignment.parse((await A()('GET', `/assignments/${id}`)).body);
    expect(order.status).not.toBe('COMPLETED_PENDING_CONFIRMATION');
  });
});
