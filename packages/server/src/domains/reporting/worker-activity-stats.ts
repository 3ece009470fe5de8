import { maskMobileNumber } from '@gigmarket/identifiers';
import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation, validationProblem } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { findById, insertObject, type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { today } from './periods.js';

type Data = Record<string, unknown>;

/** Worker-month rows (reporting.md): the contact number is masked except for regulators. */
export const workerActivityStats: ResourceDefinition = {
  type: 'WorkerActivityStat',
  // workerActivityStats.list: newest month first
  listOrder: { fields: ['month'], direction: 'desc' },
  prefix: 'was',
  label: 'worker activity row',
  present: (ctx, row) => {
    const contactMobile = (row.internal as Data).contactMobile;
    return ctx.caller?.role === 'regulator' && typeof contactMobile === 'string'
      ? { ...(row.data as Data), contactMobile }
      : (row.data as Data);
  },
};

/** `GET /worker-activity-stats`: `workRegion` matches any of a row's regions. */
export const workerActivityStatsList: CustomHandler = (ctx) => {
  const { workRegion, ...query } = ctx.query;
  return listResource(
    {
      ...workerActivityStats,
      listFilters: () => [
        typeof workRegion === 'string'
          ? sql`${objects.data}->'workRegions' @> ${JSON.stringify([workRegion])}::jsonb`
          : undefined,
      ],
    },
    { ...ctx, query },
  );
};

/** Checks every row first: the batch is all or nothing (reporting.md). */
async function checkRows(ctx: OperationContext, rows: Data[]): Promise<void> {
  const missingAttestation = rows.flatMap((r, i) =>
    r.selfAttested === true && !r.selfAttestedAt
      ? [
          {
            pointer: `/rows/${i}/selfAttestedAt`,
            detail: 'required when selfAttested is true',
            code: 'required',
          },
        ]
      : [],
  );
  if (missingAttestation.length) throw validationProblem(missingAttestation);
  const thisMonth = today(ctx.nowDate).slice(0, 7);
  for (const [i, r] of rows.entries()) {
    if (String(r.month) >= thisMonth)
      throw ruleViolation(
        `rows/${i}: month ${String(r.month)} has not ended; report it from the 1st of the next month.`,
        {
          errors: [{ pointer: `/rows/${i}/month`, detail: 'month has not ended', code: 'month_not_ended' }],
        },
      );
    const worker = await findById(ctx.tx, String(r.workerId));
    if (worker?.type !== 'Worker' || worker.tenantId !== ctx.caller?.tenantId)
      throw ruleViolation(
        `rows/${i}: worker ${String(r.workerId)} was not registered by you; report only your own workers.`,
        {
          errors: [
            {
              pointer: `/rows/${i}/workerId`,
              detail: 'not a worker you registered',
              code: 'not_your_worker',
            },
          ],
        },
      );
  }
}

/**
 * `workerActivityStats.submit`: up to 1000 rows, all or nothing; a row for a worker and month
 * reported before replaces it. Answers `200` with the counts of created and replaced rows.
 */
export const workerActivityStatsSubmit: CustomHandler = async (ctx) => {
  const rows = (ctx.body as { rows: Data[] }).rows;
  await checkRows(ctx, rows);
  const tenantId = ctx.caller?.tenantId as string;
  let created = 0;
  let replaced = 0;
  const stored: ObjectRow[] = [];
  for (const r of rows) {
    const { contactMobile, ...rest } = r;
    const data: Data = {
      reporterTenantId: tenantId,
      ...rest,
      contactMobileMasked: typeof contactMobile === 'string' ? maskMobileNumber(contactMobile) : null,
      selfAttestedAt: r.selfAttestedAt ?? null,
    };
    const internal = typeof contactMobile === 'string' ? { contactMobile } : {};
    const [old] = await ctx.tx
      .select()
      .from(objects)
      .where(
        and(
          eq(objects.type, 'WorkerActivityStat'),
          eq(objects.tenantId, tenantId),
          sql`${objects.data}->>'workerId' = ${String(r.workerId)}`,
          sql`${objects.data}->>'month' = ${String(r.month)}`,
        ),
      )
      .for('update');
    if (old) {
      replaced++;
      const prev = old.data as Data;
      stored.push(
        await saveObject(
          ctx.tx,
          old,
          { data: { id: old.id, ...data, createdAt: prev.createdAt }, internal },
          ctx.now,
        ),
      );
    } else {
      created++;
      const id = ctx.newId('was');
      stored.push(
        await insertObject(ctx.tx, {
          id,
          type: 'WorkerActivityStat',
          tenantId,
          partyTenantIds: [],
          isPublic: false,
          status: null,
          data: { id, ...data, createdAt: ctx.now, updatedAt: ctx.now },
          internal,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        }),
      );
    }
  }
  const data = stored.map((row) => workerActivityStats.present?.(ctx, row) ?? row.data);
  return { status: 200, body: { created, replaced, data } };
};
