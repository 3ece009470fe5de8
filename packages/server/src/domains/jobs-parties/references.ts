import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { findById, type ObjectRow } from '../../store/objects.js';

/**
 * The gig market a body names (`gigMarketId` of a worker, an employer or a real-name check). It must
 * exist and be visible to the caller: listed markets are public, suspended or delisted ones only to
 * their operator and to regulators. The create operations list no `404`, so a missing market is a
 * `422` naming the field.
 */
export async function requireGigMarket(
  ctx: OperationContext,
  gigMarketId: string,
  field = 'gigMarketId',
): Promise<ObjectRow> {
  const row = await findById(ctx.tx, gigMarketId);
  const visible =
    row?.type === 'GigMarket' &&
    (row.isPublic || row.tenantId === ctx.caller?.tenantId || ctx.caller?.role === 'regulator');
  if (!row || !visible)
    throw ruleViolation(
      `\`${field}\` names gig market ${gigMarketId}, which does not exist or is not visible to you.`,
      {
        errors: [{ pointer: `/${field}`, detail: 'unknown gig market', code: 'unknown_reference' }],
      },
    );
  return row;
}

/** The instant `months` calendar months after an RFC 3339 instant, same wall time and offset, day clamped. */
export function addMonths(instant: string, months: number): string {
  const [, y, m, d, rest] = /^(\d{4})-(\d{2})-(\d{2})(T.*)$/.exec(instant) as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  const total = Number(y) * 12 + Number(m) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(d), lastDay);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}${rest}`;
}
