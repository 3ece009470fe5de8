import type { TestServer } from '../harness.js';
import type { Parties } from './parties.js';
import { callers, idem, ok } from './step.js';

/** What the credit remedies build on: a regulator's decision against platform A's employer. */
export interface CreditRecord {
  /** A GENERAL credit event old enough (E12 minimum period over) to be repaired. */
  decisionEventId: string;
}

/**
 * Double-blind ratings of the settled work order (the worker's side first, sealed; the employer's
 * second, publishing both), a regulator's credit event against the employer, the employer's
 * profile, and a consent-free credit query about the employer from the worker's side.
 */
export async function creditFlow(
  server: TestServer,
  parties: Parties,
  settledAssignmentId: string,
): Promise<CreditRecord> {
  const [a, hr, reg] = callers(server, ['platformA', 'hrAgency', 'regulator'] as const);
  const sealed = await ok(
    hr(
      'POST',
      '/ratings',
      {
        assignmentId: settledAssignmentId,
        raterRole: 'WORKER',
        stars: 5,
        dimensions: { PAY_ON_TIME: 5, SAFETY: 4 },
        comment: '工资当天结清。',
      },
      idem(),
    ),
    'worker rates employer',
  );
  await ok(
    a(
      'POST',
      '/ratings',
      { assignmentId: settledAssignmentId, raterRole: 'EMPLOYER', stars: 4, dimensions: { PUNCTUAL: 4 } },
      idem(),
    ),
    'employer rates worker',
  );
  await ok(a('GET', `/ratings/${sealed.id}`), 'get rating');
  await ok(hr('GET', `/ratings?assignmentId=${settledAssignmentId}`), 'list ratings');

  const decision = await ok(
    reg(
      'POST',
      '/credit-events',
      {
        subject: { type: 'EMPLOYER', id: parties.employerId },
        type: 'DISPUTE_LOST_NON_PAYMENT',
        sourceRef: { type: 'ADMINISTRATIVE_DECISION', documentNo: '余劳人仲案字〔2025〕第101号' },
        summary: '劳动仲裁裁决支付拖欠工资2400元。',
        occurredAt: '2025-03-01T10:00:00+08:00',
      },
      idem(),
    ),
    'record credit event',
  );
  await ok(a('GET', `/credit-events/${decision.id}`), 'get credit event');
  await ok(a('GET', `/credit-events?subjectId=${parties.employerId}`), 'list credit events');
  await ok(a('GET', `/credit-profiles/EMPLOYER/${parties.employerId}`), 'credit profile');

  const query = await ok(
    hr(
      'POST',
      '/credit-queries',
      { subject: { type: 'EMPLOYER', id: parties.employerId }, purpose: 'ACCEPTING_JOB' },
      idem(),
    ),
    'credit query',
  );
  await ok(hr('GET', `/credit-queries/${query.id}`), 'get credit query');
  await ok(reg('GET', `/credit-queries?subjectId=${parties.employerId}`), 'list credit queries');
  return { decisionEventId: decision.id };
}
