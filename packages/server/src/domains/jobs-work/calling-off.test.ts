import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { recordCreditEvent, settleAllocation } from './cross-domain.js';
import { createAssignmentForApplication } from './effects.js';
import { effectContext, key, seedEngagement } from './test-fixtures.js';

vi.mock('./cross-domain.js', () => ({
  recordCreditEvent: vi.fn(async () => {}),
  settleAllocation: vi.fn(async () => {}),
  freezeAllocation: vi.fn(async () => {}),
  closeJobIfWorkEnded: vi.fn(async () => {}),
}));

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A READY work order planned 2025-07-02 08:00–12:00 (+08:00). */
async function readyOrder() {
  const e = await seedEngagement(server.db, {
    agreementType: 'ORAL_PART_TIME',
    employmentForm: 'PART_TIME_LABOUR',
  });
  return (await createAssignmentForApplication(effectContext(server.db), e.application, e.job)).id as string;
}
const A = () => server.as('platformA');
const B = () => server.as('platformB');

describe('assignments.cancel', () => {
  it('refuses a side the caller does not represent, and refunds on cancellation', async () => {
    const late = await readyOrder();
    const early = await readyOrder();
    const byWorker = await readyOrder();
    server.setNow(new Date('2025-07-01T23:00:00Z')); // 07:00 +08:00, 1 h before the start
    expect((await A()('POST', `/assignments/${late}/cancel`, { actingAs: 'WORKER' }, key())).status).toBe(
      403,
    );
    const res = await A()('POST', `/assignments/${late}/cancel`, { reason: '业主临时出差' }, key());
    const a = schemas.zAssignment.parse(res.body);
    expect(a).toMatchObject({
      status: 'CANCELLED_BY_EMPLOYER',
      cancellation: { by: 'EMPLOYER', late: true, reason: '业主临时出差' },
    });
    expect(settleAllocation).toHaveBeenCalledWith(expect.anything(), late, 'REFUND');
    expect(recordCreditEvent).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ type: 'LATE_CANCELLATION', subjectType: 'EMPLOYER', sourceRef: late }),
    );
    server.setNow(new Date('2025-07-01T01:00:00Z'));
    const inTime = schemas.zAssignment.parse(
      (await A()('POST', `/assignments/${early}/cancel`, {}, key())).body,
    );
    expect(inTime.cancellation).toMatchObject({ by: 'EMPLOYER', late: false });
    expect(recordCreditEvent).not.toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ sourceRef: early }),
    );
    const w = schemas.zAssignment.parse(
      (await B()('POST', `/assignments/${byWorker}/cancel`, {}, key())).body,
    );
    expect(w).toMatchObject({ status: 'CANCELLED_BY_WORKER', cancellation: { by: 'WORKER', late: false } });
    const twice = await B()('POST', `/assignments/${byWorker}/cancel`, {}, key());
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ currentState: 'CANCELLED_BY_WORKER', allowedActions: [] });
    expect((await server.as('operator')('POST', `/assignments/${early}/cancel`, {}, key())).status).toBe(404);
  });
});

describe('no-shows', () => {
  it('allows markNoShow only from plannedStart + 30 minutes, by the employer side, with a NO_SHOW credit event', async () => {
    const id = await readyOrder();
    server.setNow(new Date('2025-07-02T00:20:00Z')); // 08:20 +08:00
    const early = await A()('POST', `/assignments/${id}/mark-no-show`, {}, key());
    expect(early.status).toBe(409);
    expect(early.body.currentState).toBe('READY');
    server.setNow(new Date('2025-07-02T00:31:00Z'));
    expect((await B()('POST', `/assignments/${id}/mark-no-show`, {}, key())).status).toBe(403);
    const res = await A()('POST', `/assignments/${id}/mark-no-show`, {}, key());
    expect(schemas.zAssignment.parse(res.body).status).toBe('NO_SHOW');
    expect(recordCreditEvent).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ type: 'NO_SHOW', subjectType: 'WORKER', sourceRef: id }),
    );
    expect(settleAllocation).toHaveBeenCalledWith(expect.anything(), id, 'REFUND');
  });

  it('marks NO_SHOW by itself when plannedEnd passes without a check-in', async () => {
    const id = await readyOrder();
    server.setNow(new Date('2025-07-02T03:00:00Z')); // 11:00 +08:00
    await A()('POST', '/sandbox/clock/advance', { by: '1h' });
    expect(schemas.zAssignment.parse((await B()('GET', `/assignments/${id}`)).body).status).toBe('NO_SHOW');
  });
});
