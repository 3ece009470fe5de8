import { ensure, type RunContext } from '../context.js';
import { jobBody, offerBody } from '../fixtures/bodies.js';
import { approvedEmployer, newWorker } from '../fixtures/objects.js';
import { shanghai, targetNow } from '../fixtures/time.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const CONTRACT = () => stateMachine('Contract');

/**
 * A PUBLISHED part-time job on a written LABOUR_CONTRACT (no insurance), whose work orders stay
 * CONFIRMED until their e-contract is SIGNED.
 */
function contractJob(ctx: RunContext): Promise<Resource> {
  const employerPromise = approvedEmployer(ctx);
  return ctx.once('publishedJob:contracts', async () => {
    const employer = await employerPromise;
    const body = { ...jobBody(employer.id, await targetNow(ctx)), agreementType: 'LABOUR_CONTRACT' };
    const job = await call(ctx, 'jobs.create', { body });
    await call(ctx, 'jobs.submit', { path: { jobId: job.id }, body: {} });
    return call(ctx, 'jobs.approve', { path: { jobId: job.id }, body: {} }, 'reviewer');
  });
}

/** A CONFIRMED work order of a new worker on the contract job (application, offer, acceptance). */
async function confirmedOrder(ctx: RunContext): Promise<Resource> {
  const job = await contractJob(ctx);
  const worker = await newWorker(ctx);
  const application = await call(ctx, 'applications.create', {
    path: { jobId: job.id },
    body: { workerId: worker.id, channel: 'ONLINE' },
  });
  await call(ctx, 'applications.offer', {
    path: { applicationId: application.id },
    body: offerBody(await targetNow(ctx)),
  });
  const accepted = await call(ctx, 'applications.accept', { path: { applicationId: application.id } });
  const order = await call(ctx, 'assignments.get', { path: { assignmentId: String(accepted.assignmentId) } });
  ensure(
    order.status === 'CONFIRMED',
    `a work order that needs a signed contract must be CONFIRMED, not ${order.status}.`,
  );
  return order;
}

/**
 * A new contract of a CONFIRMED work order, read back once it was SENT: DRAFT → SENT is the
 * server's (document rendered, parties notified). A sandbox is nudged by a one-second clock advance,
 * which runs its sweeps; otherwise the kit waits up to 10 s.
 */
async function sentContract(ctx: RunContext): Promise<Resource> {
  const order = await confirmedOrder(ctx);
  const created = await call(ctx, 'contracts.create', {
    body: { assignmentId: order.id, agreementType: 'LABOUR_CONTRACT', templateId: 'GMS-PART-TIME-LABOUR' },
  });
  ensure(
    created.status === 'DRAFT' || created.status === 'SENT',
    `contracts.create must answer DRAFT (or SENT), not ${created.status}.`,
  );
  let contract = created;
  for (let i = 0; contract.status === 'DRAFT' && i < 20; i++) {
    if (ctx.discovery.sandbox === true) await call(ctx, 'sandboxClock.advance', { body: { by: '1s' } });
    else await new Promise((resolve) => setTimeout(resolve, 500));
    contract = await call(ctx, 'contracts.get', { path: { contractId: created.id } });
  }
  ensure(contract.status === 'SENT', `contract ${created.id} was never SENT; it is ${contract.status}.`);
  return contract;
}

/** A reliable e-signature of `role` over the contract's document (ContractSignRequest, E9). */
function signature(role: string, documentHash: unknown, now: Date) {
  const at = (minutes: number) => shanghai(new Date(now.getTime() - minutes * 60_000));
  return {
    role,
    documentHash,
    certificateSerial: '4C2A9E7D1B3F5A60',
    certificateIssuer: '山西省数字证书认证中心',
    signedAt: at(0),
    method: 'RELIABLE_E_SIGNATURE',
    identityAuthMethod: role === 'WORKER' ? 'FACE_RECOGNITION' : 'DIGITAL_CERTIFICATE',
    identityAuthenticatedAt: at(5),
    intentConfirmation: { method: 'SMS_CODE', at: at(1) },
  };
}

/** Level 2: e-contracts of work orders (ContractStatus, docs/domains/jobs-work-orders.md). */
export const contractChecks: Check[] = [
  {
    id: 'JOB-CTR-001',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title:
      'An e-contract walks SENT → SIGNED as its parties sign, its work order becomes READY, and terminate answers TERMINATED',
    spec: 'domains/jobs-work-orders.md',
    run: async (ctx) => {
      const machine = CONTRACT();
      let contract = await sentContract(ctx);
      const parties = (contract.parties as Array<{ role: string }> | undefined) ?? [];
      ensure(parties.length >= 2, `contract ${contract.id} must list its parties (at least two).`);
      for (const [index, party] of parties.entries()) {
        const body = signature(party.role, contract.documentHash, await targetNow(ctx));
        if (index < parties.length - 1) {
          contract = await step(ctx, machine, contract, 'contracts.sign', body);
        } else {
          // The last signature is the SENT → SIGNED trigger (a side effect of contracts.sign).
          contract = await call(ctx, 'contracts.sign', { path: { contractId: contract.id }, body });
          ensure(
            contract.status === 'SIGNED',
            `the last signature of contract ${contract.id} must make it SIGNED, not ${contract.status}.`,
          );
        }
      }
      const order = await call(ctx, 'assignments.get', {
        path: { assignmentId: String(contract.assignmentId) },
      });
      ensure(
        order.status === 'READY',
        `work order ${order.id} with its contract SIGNED and no insurance required must be READY, not ${order.status}.`,
      );
      await step(ctx, machine, contract, 'contracts.terminate', {
        type: 'MUTUAL_AGREEMENT',
        reason: '双方协商一致解除',
      });
    },
  },
  {
    id: 'JOB-CTR-002',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Terminating a contract not yet SIGNED is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      await refuseIllegal(ctx, CONTRACT(), await sentContract(ctx), 'contracts.terminate', 'contracts.get', {
        type: 'MUTUAL_AGREEMENT',
        reason: '尚未签署即解除',
      });
    },
  },
];
