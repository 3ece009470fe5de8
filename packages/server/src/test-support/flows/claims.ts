import type { CallAs, TestServer } from '../harness.js';
import type { Enrolment } from './injury-protection.js';
import type { Cover } from './insurance.js';
import { callers, idem, ok } from './step.js';

const accident = (workerId: string) => ({
  workerId,
  incidentAt: '2025-07-15T08:30:00+08:00',
  incidentLocation: { region: '330110', address: '浙江省杭州市余杭区五常街道文一西路998号' },
  injuryType: 'FALL',
  description: '擦玻璃时从梯子上滑落，左手腕骨折。',
  death: false,
});
const claimDocument = (type: string) => ({
  type,
  fileUrl: 'https://files.platform.example.cn/claims/invoice-1.pdf',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  mediaType: 'application/pdf',
});

/**
 * Claims for falls on 15 July: the covered worker's commercial claim on the day policy (documents
 * requested and added, reviewed, approved, paid, appealed, reviewed again and withdrawn) and
 * work-injury claim, which the labour bureau rejects; and the rider's statutory claim on the
 * injury-protection enrolment (injury confirmed, disability graded, benefits approved and paid).
 */
export async function claimsFlow(server: TestServer, cover: Cover, enrolment: Enrolment): Promise<void> {
  const [a, hr, insurer, reg] = callers(server, ['platformA', 'hrAgency', 'insurer', 'regulator'] as const);
  const act = (as: CallAs, id: string, verb: string, body: unknown = {}, headers = {}) =>
    ok(as('POST', `/insurance-claims/${id}/${verb}`, body, headers), `claim ${verb}`);

  const claim = await ok(
    hr('POST', '/insurance-claims', {
      ...accident(cover.workerId),
      scheme: 'COMMERCIAL',
      policyId: cover.policyId,
      documents: [claimDocument('ACCIDENT_DESCRIPTION')],
    }),
    'report claim',
  );
  await act(insurer, claim.id, 'request-documents', { documentTypes: ['MEDICAL_INVOICE'] });
  await act(hr, claim.id, 'documents', claimDocument('MEDICAL_INVOICE'));
  await act(hr, claim.id, 'submit');
  await act(insurer, claim.id, 'start-review');
  const approval = { approvedFen: 1_268_000, benefits: [{ type: 'MEDICAL', amountFen: 1_268_000 }] };
  await act(insurer, claim.id, 'approve', approval);
  const payment = { paidFen: 1_268_000, method: 'BANK_TRANSFER', transactionId: '20250716330000000001' };
  await act(insurer, claim.id, 'pay', payment, idem());
  await act(hr, claim.id, 'appeal', { reason: '误工费未计入' });
  await act(insurer, claim.id, 'start-review');
  await act(hr, claim.id, 'withdraw', { reason: '已协商解决' });
  await ok(hr('GET', `/insurance-claims/${claim.id}`), 'get claim');
  await ok(insurer('GET', '/insurance-claims?scheme=COMMERCIAL'), 'list claims');

  const statutory = await ok(
    a('POST', '/insurance-claims', {
      ...accident(enrolment.workerId),
      scheme: 'OIP',
      injuryProtectionEnrolmentId: enrolment.enrolmentId,
      platformOrderRef: '3301202507150001',
    }),
    'report OIP claim',
  );
  await act(a, statutory.id, 'submit');
  await act(reg, statutory.id, 'start-injury-confirmation');
  await act(reg, statutory.id, 'confirm-injury', {
    decisionNo: '浙职伤确〔2025〕0371号',
    decidedAt: '2025-07-15T09:00:00+08:00',
  });
  await act(reg, statutory.id, 'assess-disability', { outcome: 'GRADED', grade: 9 });
  await act(reg, statutory.id, 'approve', {
    approvedFen: 4_748_000,
    benefits: [
      { type: 'MEDICAL', amountFen: 1_268_000 },
      { type: 'DISABILITY', amountFen: 3_480_000 },
    ],
  });
  await act(
    reg,
    statutory.id,
    'pay',
    { paidFen: 4_748_000, method: 'SOCIAL_SECURITY_CARD', transactionId: 'T1' },
    idem(),
  );

  const refused = await ok(
    hr('POST', '/insurance-claims', { ...accident(cover.workerId), scheme: 'WORK_INJURY' }),
    'report work-injury claim',
  );
  await act(hr, refused.id, 'submit');
  await act(reg, refused.id, 'start-injury-confirmation');
  await act(reg, refused.id, 'reject', {
    reasonCode: 'NOT_OCCUPATIONAL',
    reason: '事故不在工作时间内，不予认定。可在60日内申请复核。',
  });
}
