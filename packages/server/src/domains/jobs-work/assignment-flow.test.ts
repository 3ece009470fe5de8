import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { freezeAllocation, recordCreditEvent, settleAllocation } from './cross-domain.js';
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

/** A READY work order planned 2025-07-02 08:00–12:00 (+08:00), no contract or insurance needed. */
async function readyOrder(confirmed = false) {
  const e = await seedEngagement(
    server.db,
    confirmed ? {} : { agreementType: 'ORAL_PART_TIME', employmentForm: 'PART_TIME_LABOUR' },
  );
  return (await createAssignmentForApplication(effectContext(server.db), e.application, e.job)).id as string;
}
const at = (iso: string) => server.setNow(new Date(iso));
const geo = { lng: 120.302, lat: 30.421, crs: 'GCJ02' };
const A = () => server.as('platformA');
const B = () => server.as('platformB');

describe('attendance, submission and confirmation', () => {
  it('runs check-in, check-out, submit and confirm with working time, windows and sides enforced', async () => {
    const id = await readyOrder();
    at('2025-07-01T22:00:00Z'); // 06:00 +08:00, more than 30 min before the start
    const early = await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T06:00:00+08:00', geo });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ currentState: 'READY' });
    expect(early.body.allowedActions).toContain('checkIn');
    at('2025-07-01T23:55:00Z');
    expect(
      (await A()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T07:55:00+08:00', geo })).status,
    ).toBe(403);
    const bad = await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T07:55:00+08:00' });
    expect(bad.status).toBe(400);
    const inRes = await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T07:55:00+08:00', geo });
    expect(inRes.status).toBe(200);
    const checkedIn = schemas.zAssignment.parse(inRes.body);
    expect(checkedIn.status).toBe('IN_PROGRESS');
    expect(checkedIn.checkIn?.distanceMeters).toBe(96);
    expect((await B()('POST', `/assignments/${id}/submit`, {})).status).toBe(422);
    at('2025-07-02T04:00:00Z');
    const before = await B()('POST', `/assignments/${id}/check-out`, {
      at: '2025-07-02T07:00:00+08:00',
      geo,
    });
    expect(before.status).toBe(422);
    const out = schemas.zAssignment.parse(
      (await B()('POST', `/assignments/${id}/check-out`, { at: '2025-07-02T11:55:00+08:00', geo })).body,
    );
    expect(out).toMatchObject({
      status: 'IN_PROGRESS',
      orderTimeMinutes: 240,
      allowanceMinutes: 0,
      workingTimeMinutes: 240,
    });
    const sub = await B()('POST', `/assignments/${id}/submit`, { completionNote: '已完成' });
    const submitted = schemas.zAssignment.parse(sub.body);
    expect(submitted).toMatchObject({
      status: 'COMPLETED_PENDING_CONFIRMATION',
      completionNote: '已完成',
      autoAcceptAt: '2025-07-05T12:00:00+08:00',
    });
    expect((await B()('POST', `/assignments/${id}/confirm`, {}, key())).status).toBe(403);
    const ok = await A()('POST', `/assignments/${id}/confirm`, {}, key());
    expect(schemas.zAssignment.parse(ok.body)).toMatchObject({ status: 'ACCEPTED', acceptedBy: 'EMPLOYER' });
    expect(settleAllocation).toHaveBeenCalledWith(expect.anything(), id, 'RELEASE');
    expect(recordCreditEvent).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ type: 'ASSIGNMENT_COMPLETED', subjectType: 'WORKER' }),
    );
    const again = await A()('POST', `/assignments/${id}/confirm`, {}, key());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentState: 'ACCEPTED', allowedActions: [] });
    const events = await B()('GET', '/events');
    const types = (events.body.data as Array<{ type: string; data: { object: { id: string } } }>)
      .filter((e) => e.data.object.id === id)
      .map((e) => e.type);
    expect(types).toEqual(['assignment.completed', 'assignment.confirmed']);
  });

  it('refuses check-in to a CONFIRMED work order (contract missing) with 409', async () => {
    const id = await readyOrder(true);
    at('2025-07-02T00:00:00Z');
    const res = await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T08:00:00+08:00', geo });
    expect(res.status).toBe(409);
    expect(res.body.currentState).toBe('CONFIRMED');
  });

  it('disputes before autoAcceptAt (freezing the escrow) and auto-accepts silent employers after 72 h', async () => {
    const disputed = await readyOrder();
    const silent = await readyOrder();
    at('2025-07-02T00:00:00Z');
    for (const id of [disputed, silent]) {
      await B()('POST', `/assignments/${id}/check-in`, { at: '2025-07-02T08:00:00+08:00', geo });
      await B()('POST', `/assignments/${id}/check-out`, { at: '2025-07-02T08:00:30+08:00', geo });
      await B()('POST', `/assignments/${id}/submit`, { orderTimeMinutes: 200 });
    }
    const tooMuch = await A()('POST', `/assignments/${disputed}/dispute`, {
      reason: '卫生间未清洁',
      category: 'QUALITY',
      claimedRefundFen: 99999,
    });
    expect(tooMuch.status).toBe(422);
    const d = await A()('POST', `/assignments/${disputed}/dispute`, {
      reason: '卫生间未清洁',
      category: 'QUALITY',
      claimedRefundFen: 8000,
    });
    expect(schemas.zAssignment.parse(d.body).status).toBe('DISPUTED');
    expect(freezeAllocation).toHaveBeenCalledWith(expect.anything(), disputed, null);
    const adv = await A()('POST', '/sandbox/clock/advance', { by: '73h' });
    expect(adv.status).toBe(200);
    const got = schemas.zAssignment.parse((await B()('GET', `/assignments/${silent}`)).body);
    // Accepted by the server; no escrow covers it, so the same sweep round settles it.
    expect(got).toMatchObject({ status: 'SETTLED', acceptedBy: 'AUTO_ACCEPT', workingTimeMinutes: 200 });
    expect(recordCreditEvent).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ type: 'ESCROW_AUTO_RELEASED', sourceRef: silent }),
    );
    expect((await B()('GET', `/assignments/${disputed}`)).body.status).toBe('DISPUTED');
  });
});
