import type { DemoJob } from './jobs.js';
import { iso } from './timeline.js';
import { type DemoWorld, seeded } from './world.js';

type Data = Record<string, unknown>;

/**
 * The commission rules in force for the job runners, disclosed before any order (E17): the
 * platform takes the spec example's 10% capped at 15%, agreed with the new-employment-form
 * workers' union; the HR agency bills employers for recruiting and takes nothing from wages (0 bps,
 * as public gig markets, seed 002).
 */
export async function seedCommissionRules(world: DemoWorld): Promise<void> {
  // Announced an hour before it applies, as E17 requires; the story's jobs are posted after that.
  const effectiveFrom = iso(new Date(world.clock.now().getTime() + 3_600_000));
  const scope = { regions: ['330100'] };
  await world.api.as('platform')('POST', '/commission-rules', {
    name: '灵活用工订单抽成规则',
    scope,
    rateBps: 1000,
    capBps: 1500,
    fixedFeeFen: 0,
    basis: 'COLLECTIVE_AGREEMENT',
    negotiatedWith: '杭州市新就业形态劳动者联合工会',
    effectiveFrom,
  });
  await world.api.as('hr_agency')('POST', '/commission-rules', {
    name: '代招用工不向劳动者抽成',
    scope,
    rateBps: 0,
    capBps: 0,
    fixedFeeFen: 0,
    effectiveFrom,
  });
}

/**
 * A job's wage escrow (Fujian flow, seed 001): all openings' pay, paid in through the licensed
 * provider before the posting is approved. The transaction id is the sandbox provider's format.
 */
export async function fundJobEscrow(world: DemoWorld, j: DemoJob): Promise<void> {
  const job = seeded(world.jobs, j.key, 'job');
  const call = world.api.as(job.by);
  const escrow = await call<Data>('POST', '/escrows', {
    jobId: job.id,
    payerEmployerId: job.employerId,
    amountFen: j.openings * j.pay.rateFen * j.pay.units,
    provider: 'WECHAT_PAY',
  });
  const escrowId = escrow.id as string;
  await call('POST', `/escrows/${escrowId}/fund`, {
    providerTransactionId: `4200${String(world.jobs.size).padStart(4, '0')}${j.start[0]}${j.pay.rateFen}`,
  });
  world.jobs.set(j.key, { ...job, escrowId });
}

/** The escrow of a job, as its runner sees it now. */
export async function escrowOf(world: DemoWorld, jobKey: string): Promise<Data> {
  const job = seeded(world.jobs, jobKey, 'job');
  return world.api.as(job.by)<Data>('GET', `/escrows/${job.escrowId}`);
}
