import { ensure, type RunContext } from '../context.js';
import { employerBody } from '../fixtures/bodies.js';
import { shanghai, targetNow } from '../fixtures/time.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const REPAIR = () => stateMachine('CreditRepair');
const BLACKLIST = () => stateMachine('BlacklistEntry');
const DAY = 86_400_000;

/** Skips unless a reviewer was given: credit decisions are a regulator's (docs/domains/credit.md). */
function requireReviewer(ctx: RunContext): void {
  if (!ctx.hasCredentials('reviewer'))
    ctx.skip(
      'Credit decisions (events, repairs, blacklists) are a regulator’s: pass --reviewer-client-id/--reviewer-client-secret.',
    );
}

/** A new employer of the kit's tenant, the subject of the credit walks (one per walk, so none clash). */
const newEmployer = (ctx: RunContext) => call(ctx, 'employers.create', { body: employerBody() });

/** Proof that the wrong was put right and the signed commitment (repairs and early removal, E12). */
const correction = (correctedAt: Date) => ({
  correctedAt: shanghai(correctedAt),
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
    signedAt: shanghai(correctedAt),
  },
});

/**
 * A GENERAL credit event (a lost non-payment dispute) recorded by the reviewer against a new employer,
 * six months old: past its 3-month minimum period (repairable) and within its 12 months of publication.
 */
async function repairableEvent(ctx: RunContext): Promise<{ event: Resource; now: Date }> {
  const employer = await newEmployer(ctx);
  const now = await targetNow(ctx);
  const event = await call(
    ctx,
    'creditEvents.create',
    {
      body: {
        subject: { type: 'EMPLOYER', id: employer.id },
        type: 'DISPUTE_LOST_NON_PAYMENT',
        sourceRef: {
          type: 'ADMINISTRATIVE_DECISION',
          documentNo: `清劳人仲案字〔合规测试〕第${crypto.randomUUID().slice(0, 8)}号`,
        },
        summary: '劳动仲裁裁决支付拖欠工资2400元。',
        occurredAt: shanghai(new Date(now.getTime() - 180 * DAY)),
      },
    },
    'reviewer',
  );
  ensure(event.status === 'EFFECTIVE', `a new credit event must be EFFECTIVE, not ${event.status}.`);
  return { event, now };
}

/** Level 2: credit repair and blacklists (CreditRepairStatus, BlacklistEntryStatus; docs/domains/credit.md). */
export const creditChecks: Check[] = [
  {
    id: 'CRE-REP-001',
    level: 2,
    domain: 'credit',
    severity: 'MUST',
    title:
      'A credit repair walks PENDING → REJECTED, and a second one PENDING → APPROVED, repairing the event',
    spec: 'domains/credit.md',
    run: async (ctx) => {
      requireReviewer(ctx);
      const machine = REPAIR();
      const { event, now } = await repairableEvent(ctx);
      const request = () =>
        call(ctx, 'creditRepairs.create', {
          body: { creditEventId: event.id, ...correction(new Date(now.getTime() - 30 * DAY)) },
        });
      const first = await request();
      ensure(first.status === 'PENDING', `creditRepairs.create must answer PENDING, not ${first.status}.`);
      const refused = await step(
        ctx,
        machine,
        first,
        'creditRepairs.reject',
        { reason: '提交的支付凭证金额不一致。' },
        'reviewer',
      );
      await ctx.once<Resource | undefined>('rejectedRepair', async () => refused);
      await step(ctx, machine, await request(), 'creditRepairs.approve', {}, 'reviewer');
      const repaired = await call(ctx, 'creditEvents.get', { path: { creditEventId: event.id } });
      ensure(
        repaired.status === 'REPAIRED',
        `approving a repair of credit event ${event.id} must make it REPAIRED, not ${repaired.status}.`,
      );
    },
  },
  {
    id: 'CRE-REP-002',
    level: 2,
    domain: 'credit',
    severity: 'MUST',
    title: 'Approving a REJECTED credit repair is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      requireReviewer(ctx);
      const rejected = await ctx.once<Resource | undefined>('rejectedRepair', async () => undefined);
      if (!rejected) return ctx.skip('CRE-REP-001 did not reach REJECTED.');
      await refuseIllegal(
        ctx,
        REPAIR(),
        rejected,
        'creditRepairs.approve',
        'creditRepairs.get',
        {},
        'reviewer',
      );
    },
  },
  {
    id: 'CRE-BLK-001',
    level: 2,
    domain: 'credit',
    severity: 'MUST',
    title:
      'A blacklist entry walks LISTED → REMOVAL_REQUESTED → LISTED → REMOVAL_REQUESTED → REMOVED_EARLY through its actions',
    spec: 'domains/credit.md',
    run: async (ctx) => {
      requireReviewer(ctx);
      const machine = BLACKLIST();
      const employer = await newEmployer(ctx);
      let entry = await call(
        ctx,
        'blacklistEntries.create',
        {
          body: {
            kind: 'FAKE_POSTING',
            subject: { type: 'EMPLOYER', id: employer.id },
            subjectIdentity: { name: employer.legalName, uscc: employer.uscc },
            decisionNo: `清人社监〔合规测试〕第${crypto.randomUUID().slice(0, 8)}号`,
            reason: '发布虚假招聘信息。',
          },
        },
        'reviewer',
      );
      ensure(entry.status === 'LISTED', `blacklistEntries.create must answer LISTED, not ${entry.status}.`);
      // Corrected four months ago: past the 3-month waiting period of a GENERAL listing (E11/E12).
      const fixed = correction(new Date((await targetNow(ctx)).getTime() - 120 * DAY));
      entry = await step(ctx, machine, entry, 'blacklistEntries.requestRemoval', fixed);
      entry = await step(
        ctx,
        machine,
        entry,
        'blacklistEntries.rejectRemoval',
        { reason: '支付凭证金额不足。' },
        'reviewer',
      );
      entry = await step(ctx, machine, entry, 'blacklistEntries.requestRemoval', fixed);
      entry = await step(
        ctx,
        machine,
        entry,
        'blacklistEntries.remove',
        { reason: 'EARLY_REMOVAL_APPROVED', decisionNo: '清人社失信移字〔合规测试〕第001号' },
        'reviewer',
      );
      await ctx.once<Resource | undefined>('removedEntry', async () => entry);
    },
  },
  {
    id: 'CRE-BLK-002',
    level: 2,
    domain: 'credit',
    severity: 'MUST',
    title:
      'Requesting the removal of an entry already REMOVED_EARLY is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      requireReviewer(ctx);
      const removed = await ctx.once<Resource | undefined>('removedEntry', async () => undefined);
      if (!removed) return ctx.skip('CRE-BLK-001 did not reach REMOVED_EARLY.');
      await refuseIllegal(
        ctx,
        BLACKLIST(),
        removed,
        'blacklistEntries.requestRemoval',
        'blacklistEntries.get',
        correction(new Date((await targetNow(ctx)).getTime() - 120 * DAY)),
      );
    },
  },
];
