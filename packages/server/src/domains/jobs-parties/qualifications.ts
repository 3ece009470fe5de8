import { and, eq, sql } from 'drizzle-orm';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { NEWEST_FIRST } from '../../store/list-order.js';
import { insertObject, type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { findWorkerRow } from './lookup.js';
import { listPage } from './paging.js';
import { pick } from './worker-input.js';
import { presentQualification, seesWorkerInFull } from './worker-view.js';

type Data = Record<string, unknown>;

const WRITABLE = [
  'type',
  'name',
  'certificateNumber',
  'issuer',
  'occupationCode',
  'level',
  'issuedOn',
  'validUntil',
  'documentUrl',
  'documentSha256',
];

const ofWorker = (workerId: string) => sql`${objects.data}->>'workerId' = ${workerId}`;
/** Removed certificates stay for audits (workerQualifications.remove) but are no longer listed. */
const notRemoved = sql`${objects.internal}->>'removedAt' IS NULL`;

/** `GET /workers/{workerId}/qualifications`: newest first; embedded ID numbers masked for masked readers. */
export const workerQualificationsList: CustomHandler = async (ctx) => {
  const worker = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility);
  const full = seesWorkerInFull(ctx, worker);
  const { type, validOn } = ctx.query;
  return listPage(ctx, {
    type: 'Qualification',
    order: NEWEST_FIRST,
    scope: [ofWorker(worker.id), notRemoved],
    filters: [
      typeof type === 'string' ? sql`${objects.data}->>'type' = ${type}` : undefined,
      typeof validOn === 'string'
        ? sql`${objects.data}->>'issuedOn' <= ${validOn} AND coalesce(${objects.data}->>'validUntil', '9999-12-31') >= ${validOn}`
        : undefined,
    ],
    present: (row) => presentQualification(row.data as Data, worker, full),
  });
};

/** The worker's `qualifications` copy after a change: reads of the worker carry its current certificates. */
async function currentQualifications(ctx: Parameters<CustomHandler>[0], workerId: string): Promise<Data[]> {
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'Qualification'), ofWorker(workerId), notRemoved))
    .orderBy(objects.createdAt, objects.id);
  return rows.map((r) => r.data as Data);
}

/**
 * `POST /workers/{workerId}/qualifications` (持证上岗, seed 001). The same type and number twice on
 * a worker is a `409`; `validUntil` before `issuedOn` or an issue date in the future is a `422`.
 * This server has no issuer query service, so `issuerVerified` starts `false`.
 */
export const workerQualificationsAdd: CustomHandler = async (ctx) => {
  const worker = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility, true);
  const input = pick((ctx.body ?? {}) as Data, WRITABLE);
  const today = ctx.now.slice(0, 10);
  if (String(input.issuedOn) > today)
    throw ruleViolation(`issuedOn ${input.issuedOn} is in the future; a certificate is added once issued.`);
  if (typeof input.validUntil === 'string' && input.validUntil < String(input.issuedOn))
    throw ruleViolation(`validUntil ${input.validUntil} is before issuedOn ${input.issuedOn}.`);
  const current = await currentQualifications(ctx, worker.id);
  const twin = current.find((q) => q.type === input.type && q.certificateNumber === input.certificateNumber);
  if (twin)
    throw new ProblemError(
      409,
      'conflict',
      `The worker already has ${input.type} ${input.certificateNumber} as qualification ${twin.id}.`,
    );
  const id = ctx.newId('qlf');
  const data: Data = {
    id,
    workerId: worker.id,
    ...input,
    validUntil: input.validUntil ?? null,
    issuerVerified: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertObject(ctx.tx, {
    id,
    type: 'Qualification',
    tenantId: worker.tenantId,
    partyTenantIds: [],
    isPublic: false,
    status: null,
    data,
    internal: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await saveObject(
    ctx.tx,
    worker,
    { data: { ...(worker.data as Data), qualifications: [...current, data] } },
    ctx.now,
  );
  return {
    status: 201,
    body: presentQualification(data, worker, seesWorkerInFull(ctx, worker)),
    headers: { Location: `/workers/${worker.id}/qualifications/${id}` },
  };
};

/**
 * `DELETE /workers/{workerId}/qualifications/{qualificationId}`: the certificate leaves the worker's
 * record but is kept for audits; skills it backed keep their level as self-declared.
 */
export const workerQualificationsRemove: CustomHandler = async (ctx) => {
  const worker = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility, true);
  const qualificationId = ctx.path.qualificationId as string;
  const [row] = (await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.id, qualificationId),
        eq(objects.type, 'Qualification'),
        ofWorker(worker.id),
        notRemoved,
      ),
    )
    .for('update')) as ObjectRow[];
  if (!row) throw notFound('qualification', qualificationId);
  await saveObject(
    ctx.tx,
    row,
    { internal: { ...(row.internal as Data), removedAt: ctx.now, removedBy: ctx.caller?.tenantId } },
    ctx.now,
  );
  const data = worker.data as Data;
  const skills = ((data.skills as Data[] | undefined) ?? []).map((s) => {
    if (s.qualificationId !== qualificationId) return s;
    const { qualificationId: _q, ...selfDeclared } = s;
    return selfDeclared;
  });
  const qualifications = ((data.qualifications as Data[] | undefined) ?? []).filter(
    (q) => q.id !== qualificationId,
  );
  await saveObject(ctx.tx, worker, { data: { ...data, skills, qualifications } }, ctx.now);
  return { status: 204, body: null };
};
