import { type SQL, sql } from 'drizzle-orm';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { objects } from '../../store/schema.js';

/**
 * Payments of wages to workers (劳动报酬支付): created by releases only (there is no `payouts.create`),
 * moved by the provider's confirmation (see sweeps). The payee account is stored masked only (E24).
 */
export const payouts: ResourceDefinition = {
  type: 'Payout',
  prefix: 'pay',
  label: 'payout',
  events: { PAID: 'payout.paid' },
};

/** `GET /payouts`: also by when the provider confirmed the transfer (`paidFrom`, `paidTo`). */
export const payoutsList: CustomHandler = (ctx) => {
  const { paidFrom, paidTo, ...rest } = ctx.query;
  const filters: SQL[] = [];
  if (typeof paidFrom === 'string')
    filters.push(sql`(${objects.data}->>'paidAt')::timestamptz >= ${paidFrom}::timestamptz`);
  if (typeof paidTo === 'string')
    filters.push(sql`(${objects.data}->>'paidAt')::timestamptz < ${paidTo}::timestamptz`);
  return listResource({ ...payouts, listFilters: () => filters }, { ...ctx, query: rest });
};
