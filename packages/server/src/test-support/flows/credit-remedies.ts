import type { TestServer } from '../harness.js';
import type { CreditRecord } from './credit.js';
import type { Parties } from './parties.js';
import { callers, idem, ok } from './step.js';

/** Proof that the wrong was put right and the signed commitment (repairs and early removal). */
const correction = (correctedAt: string) => ({
  correctedAt,
  correctionProof: [
    {
      kind: 'WAGE_PAYMENT_RECEIPT',
      description: '已足额支付拖欠工资的银行转账凭证。',
      documentUrl: 'https://files.example.cn/proofs/wage.pdf',
      sha256: 'a'.repeat(64),
    },
  ],
  commitment: {
    text: '本单位承诺今后按时足额支付工资，如再发生拖欠，自愿接受失信惩戒。',
    signatoryName: '陈志强',
    signatoryRole: 'LEGAL_REPRESENTATIVE',
    signedAt: '2025-07-01T09:00:00+08:00',
  },
});

/**
 * Credit repair of the employer's old decision (one request rejected, a second approved) and a
 * fake-posting blacklist entry against it: early removal requested, refused, requested again and
 * granted by the regulator.
 */
export async function creditRemediesFlow(
  server: TestServer,
  parties: Parties,
  record: CreditRecord,
): Promise<void> {
  const [a, reg] = callers(server, ['platformA', 'regulator'] as const);
  const repair = () =>
    ok(
      a(
        'POST',
        '/credit-repairs',
        { creditEventId: record.decisionEventId, ...correction('2025-06-15T11:00:00+08:00') },
        idem(),
      ),
      'request repair',
    );
  const refused = await repair();
  await ok(
    reg('POST', `/credit-repairs/${refused.id}/reject`, { reason: '提交的支付凭证金额不一致。' }, idem()),
    'reject repair',
  );
  const granted = await repair();
  await ok(reg('POST', `/credit-repairs/${granted.id}/approve`, {}, idem()), 'approve repair');
  await ok(a('GET', `/credit-repairs/${granted.id}`), 'get repair');
  await ok(reg('GET', `/credit-repairs?creditEventId=${record.decisionEventId}`), 'list repairs');

  const entry = await ok(
    reg(
      'POST',
      '/blacklist-entries',
      {
        kind: 'FAKE_POSTING',
        subject: { type: 'EMPLOYER', id: parties.employerId },
        subjectIdentity: { name: '杭州某某家政服务有限公司', uscc: '91330110MA2KXY3L2E' },
        decisionNo: '余人社监〔2025〕第9号',
        reason: '发布虚假招聘信息。',
      },
      idem(),
    ),
    'list on blacklist',
  );
  const request = () =>
    ok(
      a(
        'POST',
        `/blacklist-entries/${entry.id}/request-removal`,
        correction('2024-12-01T10:00:00+08:00'),
        idem(),
      ),
      'request early removal',
    );
  await request();
  await ok(
    reg('POST', `/blacklist-entries/${entry.id}/reject-removal`, { reason: '支付凭证金额不足。' }, idem()),
    'refuse early removal',
  );
  await request();
  await ok(server.anonymous('GET', `/blacklist-entries/${entry.id}`), 'get entry');
  await ok(server.anonymous('GET', '/blacklist-entries?uscc=91330110MA2KXY3L2E'), 'list entries');
  await ok(
    reg(
      'POST',
      `/blacklist-entries/${entry.id}/remove`,
      { reason: 'EARLY_REMOVAL_APPROVED', decisionNo: '余人社失信移字〔2025〕第001号' },
      idem(),
    ),
    'remove entry',
  );
}
