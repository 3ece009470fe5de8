import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { sha256Hex } from '../../web/web-crypto.js';

type Data = Record<string, unknown>;

/** SHA-256 of the UTF-8 text, lower-case hex (the standard's document and evidence hashes, E9). */
export const sha256 = (text: string): Promise<string> => sha256Hex(text);

/**
 * `retainUntil`: the business date 2 years after the end (劳动合同法 art. 50, E10), in
 * Asia/Shanghai.
 */
export function retainUntil(endedAt: string): string {
  const local = new Date(new Date(endedAt).getTime() + 8 * 3600_000);
  const [y, m, d] = [local.getUTCFullYear() + 2, local.getUTCMonth() + 1, local.getUTCDate()];
  // Date.UTC rolls 29 February of a non-leap year into 1 March: later, so still at least 2 years.
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
}

/** A contract's evidence link, hashed over the record the signing service would keep. */
export async function evidence(
  step: string,
  at: string,
  record: Data,
  role?: string,
  method?: string,
): Promise<Data> {
  return {
    step,
    ...(role ? { role } : {}),
    at,
    ...(method ? { method } : {}),
    evidenceHash: await sha256(JSON.stringify({ step, role, at, method, ...record })),
  };
}

/** The live (not VOID) contracts of a work order, locked for update. */
export async function liveContracts(ctx: OperationContext, assignmentId: string): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Contract'),
        sql`${objects.data}->>'assignmentId' = ${assignmentId}`,
        inArray(objects.status, ['DRAFT', 'SENT', 'SIGNED']),
      ),
    )
    .for('update');
}

/**
 * Ends the contract of a work order that ended (side effects of the Contract machine): unsigned
 * ones become `VOID`, a signed one `TERMINATED` with `PERFORMED` or `ASSIGNMENT_CANCELLED`. Both
 * keep the document until `retainUntil` (E10; the same period for VOID is a PROPOSAL).
 */
export async function endContractsOf(
  ctx: OperationContext,
  assignmentId: string,
  type: 'PERFORMED' | 'ASSIGNMENT_CANCELLED',
): Promise<void> {
  for (const row of await liveContracts(ctx, assignmentId)) {
    const data = row.data as Data;
    const signed = row.status === 'SIGNED';
    if (type === 'PERFORMED' && !signed) continue;
    const chain = [
      ...((data.evidenceChain as Data[]) ?? []),
      await evidence('TERMINATION', ctx.now, { type }),
    ];
    await saveObject(
      ctx.tx,
      row,
      {
        status: signed ? 'TERMINATED' : 'VOID',
        data: {
          ...data,
          terminatedAt: ctx.now,
          termination: signed ? { type } : null,
          retainUntil: retainUntil(ctx.now),
          evidenceChain: chain,
        },
      },
      ctx.now,
    );
  }
}
