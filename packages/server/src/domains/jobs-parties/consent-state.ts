import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { findById, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import type { ConsentWindow, WorkerInternal } from './worker-view.js';

type Data = Record<string, unknown>;

/** Consents: `GRANTED` when recorded, then `REVOKED` (workerConsents.revoke) or `EXPIRED` (timer). */
export const consents: ResourceDefinition = {
  type: 'Consent',
  prefix: 'cns',
  label: 'consent',
  // The generic action keeps `reason` as `statusReason`; a consent carries it as `revocationReason`.
  present: (_ctx, row) => {
    const { statusReason: _s, ...data } = row.data as Data;
    return data;
  },
  actions: {
    revoke: (ctx, _row, body) => ({
      to: 'REVOKED',
      data: { revokedAt: ctx.now, revocationReason: typeof body.reason === 'string' ? body.reason : null },
    }),
  },
};

/**
 * Copies the worker's `GRANTED` consents onto the worker (`activeConsentPurposes`, and the windows
 * reads use to see a lapsed consent at once), after every grant, revocation and expiry.
 */
export async function refreshConsents(ctx: OperationContext, workerId: string): Promise<void> {
  const worker = await findById(ctx.tx, workerId, true);
  if (!worker) return;
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Consent'),
        eq(objects.status, 'GRANTED'),
        sql`${objects.data}->>'workerId' = ${workerId}`,
      ),
    );
  const windows: ConsentWindow[] = rows.map((r) => {
    const d = r.data as Data;
    return { purpose: String(d.purpose), validUntil: (d.validUntil as string | null | undefined) ?? null };
  });
  const active = [
    ...new Set(
      windows
        .filter((w) => !w.validUntil || Date.parse(w.validUntil) > ctx.nowDate.getTime())
        .map((w) => w.purpose),
    ),
  ];
  await saveObject(
    ctx.tx,
    worker,
    {
      data: { ...(worker.data as Data), activeConsentPurposes: active },
      internal: { ...(worker.internal as WorkerInternal), consentWindows: windows },
    },
    ctx.now,
  );
}

/** The ConsentStatus timer: `GRANTED` consents whose `validUntil` passed become `EXPIRED`. */
export const expireConsents = async (ctx: OperationContext): Promise<void> => {
  const due = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Consent'),
        eq(objects.status, 'GRANTED'),
        // CASE keeps the cast to consent rows whatever order the planner evaluates conditions in.
        sql`CASE WHEN ${objects.type} = 'Consent' THEN (${objects.data}->>'validUntil')::timestamptz END <= ${ctx.now}::timestamptz`,
      ),
    )
    .for('update');
  for (const row of due) await saveObject(ctx.tx, row, { status: 'EXPIRED' }, ctx.now);
  for (const workerId of new Set(due.map((r) => String((r.data as Data).workerId))))
    await refreshConsents(ctx, workerId);
};
