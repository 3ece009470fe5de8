import { ensure, type RunContext } from '../context.js';
import { offerBody } from '../fixtures/bodies.js';
import { newEscrow, newWorker, publishedJob } from '../fixtures/objects.js';
import { targetNow } from '../fixtures/time.js';
import { call } from '../http/call.js';
import type { Check } from '../types.js';

/** Skips unless the target is a sandbox (conventions.md §10: production answers the clock 404). */
function requireSandbox(ctx: RunContext): void {
  if (ctx.discovery.sandbox !== true)
    ctx.skip('The target is not a sandbox (discovery sandbox: false), so time-based rules cannot be driven.');
}

/** Moves the sandbox clock and forgets the kit's tokens, which may have expired on the new clock. */
async function advance(ctx: RunContext, by: string): Promise<void> {
  await call(ctx, 'sandboxClock.advance', { body: { by } });
  ctx.forgetTokens();
}

/** Level 2: time-based rules, driven through the sandbox clock (conventions.md §10). */
export const clockChecks: Check[] = [
  {
    id: 'COM-CLK-001',
    level: 2,
    domain: 'common',
    severity: 'MUST',
    title: 'The sandbox clock reads and advances',
    spec: 'conventions.md#10-time-in-sandboxes',
    run: async (ctx) => {
      requireSandbox(ctx);
      const before = await targetNow(ctx);
      await advance(ctx, '1m');
      const after = await targetNow(ctx);
      const moved = (after.getTime() - before.getTime()) / 1000;
      ensure(moved >= 60, `advancing by 1m moved the clock by ${moved} s.`);
    },
  },
  {
    id: 'SET-ESC-004',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title: 'An escrow still unfunded when fundBy passes is EXPIRED on the next read',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      requireSandbox(ctx);
      const escrow = await newEscrow(ctx);
      const due = new Date(String(escrow.fundBy)).getTime() - (await targetNow(ctx)).getTime();
      await advance(ctx, `${Math.ceil(due / 3600_000) + 1}h`);
      const after = await call(ctx, 'escrows.get', { path: { escrowId: escrow.id } });
      ensure(
        after.status === 'EXPIRED',
        `escrow ${escrow.id} past its fundBy ${escrow.fundBy} is ${after.status}, not EXPIRED.`,
      );
    },
  },
  {
    id: 'JOB-APP-004',
    level: 2,
    domain: 'jobs',
    severity: 'MUST',
    title: 'An offer not accepted by its expiresAt is OFFER_EXPIRED on the next read',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      requireSandbox(ctx);
      const job = await publishedJob(ctx, 'offer-expiry');
      const worker = await newWorker(ctx);
      const application = await call(ctx, 'applications.create', {
        path: { jobId: job.id },
        body: { workerId: worker.id, channel: 'ONLINE' },
      });
      const offered = await call(ctx, 'applications.offer', {
        path: { applicationId: application.id },
        body: offerBody(await targetNow(ctx), 2),
      });
      await advance(ctx, '3h');
      const after = await call(ctx, 'applications.get', { path: { applicationId: offered.id } });
      ensure(
        after.status === 'OFFER_EXPIRED',
        `an offer that expired 1 h ago is ${after.status}, not OFFER_EXPIRED.`,
      );
    },
  },
];
