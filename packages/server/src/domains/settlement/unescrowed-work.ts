import { and, eq } from 'drizzle-orm';
import type { Sweep } from '../../operations/definitions.js';
import { objects } from '../../store/schema.js';
import { settleWorkOrder } from '../jobs-work/effects.js';
import { activeEscrowFor } from './escrow-work.js';
import { type Data, findByField } from './model.js';

/**
 * `ACCEPTED → SETTLED` for work that no escrow covers (Assignment.escrowId `null`: the job does not
 * use escrow). Money moves only through escrows here (settlement.md), so the wages of such work are
 * paid outside the server and there is no payout for a provider to confirm: the accepted work
 * (confirmed by the employer or auto-accepted) is settled as it is, which opens the rating window
 * and ends the signed contract (PROPOSAL). Work that an escrow covers, or that has a payout, is
 * settled when the provider confirms the payout instead.
 */
export const unescrowedWorkSweep: Sweep = async (ctx) => {
  const accepted = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'Assignment'), eq(objects.status, 'ACCEPTED')))
    .orderBy(objects.createdAt, objects.id)
    .for('update');
  for (const row of accepted) {
    if ((row.data as Data).escrowId) continue;
    if (await activeEscrowFor(ctx, row)) continue;
    if ((await findByField(ctx, 'Payout', 'assignmentId', row.id)).length) continue;
    await settleWorkOrder(ctx, row);
  }
};
