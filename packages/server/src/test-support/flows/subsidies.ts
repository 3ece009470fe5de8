import type { TestServer } from '../harness.js';
import type { Cover } from './insurance.js';
import { callers, idem, ok } from './step.js';

/**
 * With the worker's consent the HR agency checks subsidy eligibility and applies for the accident
 * insurance subsidy of each covered day; the labour bureau approves, pays and claws back the first
 * and rejects the second.
 */
export async function subsidiesFlow(server: TestServer, cover: Cover): Promise<void> {
  const [hr, reg] = callers(server, ['hrAgency', 'regulator'] as const);
  const { workerId } = cover;
  const consent = await ok(
    hr('POST', `/workers/${workerId}/consents`, {
      purpose: 'SUBSIDY_APPLICATION',
      dataCategories: ['HARDSHIP_STATUS'],
      method: 'IN_APP',
      noticeVersion: '2025.06',
    }),
    'consent to subsidy review',
  );
  await ok(
    hr('POST', '/subsidy-eligibility-checks', {
      workerId,
      region: '330110',
      asOf: '2025-07-31',
      consentId: consent.id,
    }),
    'check eligibility',
  );
  const apply = (day: string) =>
    ok(
      hr('POST', '/subsidy-applications', {
        kind: 'ACCIDENT_INSURANCE',
        workerId,
        region: '330110',
        periodStart: day,
        periodEnd: day,
        requestedFen: 100,
        consentId: consent.id,
      }),
      'apply for subsidy',
    );
  const [paidDay, refusedDay] = cover.coveredDates as [string, string];
  const paid = await apply(paidDay);
  const act = (id: string, verb: string, body: unknown, headers = {}) =>
    ok(reg('POST', `/subsidy-applications/${id}/${verb}`, body, headers), `subsidy ${verb}`);
  await act(paid.id, 'approve', { approvedFen: 100 });
  await act(
    paid.id,
    'pay',
    { paidFen: 100, method: 'SOCIAL_SECURITY_CARD', transactionId: 'FUND-1' },
    idem(),
  );
  await act(
    paid.id,
    'claw-back',
    { clawedBackFen: 100, reasonCode: 'DUPLICATE_SUBSIDY', reason: '同期已享受职业伤害保障补贴，依规追回。' },
    idem(),
  );
  const refused = await apply(refusedDay);
  await act(refused.id, 'reject', { reasonCode: 'INSUFFICIENT_EVIDENCE', reason: '缺少参保证明' });
  await ok(hr('GET', `/subsidy-applications/${paid.id}`), 'get subsidy application');
  await ok(reg('GET', `/subsidy-applications?workerId=${workerId}`), 'list subsidy applications');
}
