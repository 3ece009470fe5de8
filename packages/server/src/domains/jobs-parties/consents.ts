import { and, eq, sql } from 'drizzle-orm';
import { notFound, ruleViolation, validationProblem } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { createResource, runAction } from '../../operations/generic.js';
import { NEWEST_FIRST } from '../../store/list-order.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { consents, refreshConsents } from './consent-state.js';
import { findWorkerRow } from './lookup.js';
import { listPage } from './paging.js';
import { pick } from './worker-input.js';

type Data = Record<string, unknown>;

/** Sensitive personal information (PIPL art. 28, E24; hardship status by this standard): separate consent. */
const SENSITIVE = new Set([
  'ID_NUMBER',
  'PRECISE_LOCATION',
  'FACE_IMAGE',
  'FINANCIAL_ACCOUNT',
  'HEALTH',
  'HARDSHIP_STATUS',
]);
/** Purposes that are separate consents in themselves: transfer to a third party (art. 23) and sensitive data. */
const SEPARATE_PURPOSES = new Set(['THIRD_PARTY_SHARING', 'IDENTITY_DATA', 'PRECISE_LOCATION']);
const WRITABLE = [
  'purpose',
  'dataCategories',
  'recipient',
  'method',
  'noticeVersion',
  'noticeUrl',
  'evidenceReference',
  'grantedAt',
  'validUntil',
];

const ofWorker = (workerId: string) => sql`${objects.data}->>'workerId' = ${workerId}`;

/** `GET /workers/{workerId}/consents`: every consent, revoked and expired included, newest first. */
export const workerConsentsList: CustomHandler = async (ctx) => {
  const worker = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility);
  const { purpose } = ctx.query;
  return listPage(ctx, {
    type: 'Consent',
    order: NEWEST_FIRST,
    scope: [ofWorker(worker.id)],
    filters: [typeof purpose === 'string' ? sql`${objects.data}->>'purpose' = ${purpose}` : undefined],
    present: (row) => consents.present?.(ctx, row) as Data,
  });
};

/** Same purpose, same categories and same recipient: granting it again answers the existing consent. */
const sameConsent = (a: Data, b: Data) =>
  a.purpose === b.purpose &&
  JSON.stringify([...(a.dataCategories as string[])].sort()) ===
    JSON.stringify([...(b.dataCategories as string[])].sort()) &&
  JSON.stringify(sortKeys(a.recipient)) === JSON.stringify(sortKeys(b.recipient));
const sortKeys = (v: unknown) =>
  v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort()) : null;

/**
 * `POST /workers/{workerId}/consents` (PIPL art. 14, 23, 29). Refuses sharing without a recipient
 * (400), a grant dated in the future or an end not after the grant (422); flags separate consents.
 */
export const workerConsentsGrant: CustomHandler = async (ctx) => {
  const worker = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility, true);
  const input = pick((ctx.body ?? {}) as Data, WRITABLE);
  if (input.purpose === 'THIRD_PARTY_SHARING' && !input.recipient)
    throw validationProblem([
      { pointer: '/recipient', detail: 'required for THIRD_PARTY_SHARING (PIPL art. 23)', code: 'required' },
    ]);
  const grantedAt = typeof input.grantedAt === 'string' ? input.grantedAt : ctx.now;
  if (Date.parse(grantedAt) > ctx.nowDate.getTime())
    throw ruleViolation(`grantedAt ${grantedAt} is in the future; record a consent after the worker agreed.`);
  if (typeof input.validUntil === 'string') {
    if (Date.parse(input.validUntil) <= Date.parse(grantedAt))
      throw ruleViolation(`validUntil ${input.validUntil} must be later than grantedAt ${grantedAt}.`);
    if (Date.parse(input.validUntil) <= ctx.nowDate.getTime())
      throw ruleViolation(
        `validUntil ${input.validUntil} has already passed; the consent would never be in force.`,
      );
  }
  const [twin] = (
    await ctx.tx
      .select()
      .from(objects)
      .where(and(eq(objects.type, 'Consent'), eq(objects.status, 'GRANTED'), ofWorker(worker.id)))
  ).filter((r) => sameConsent(r.data as Data, input));
  if (twin) return { status: 200, body: consents.present?.(ctx, twin) };
  const categories = input.dataCategories as string[];
  const separate = SEPARATE_PURPOSES.has(String(input.purpose)) || categories.some((c) => SENSITIVE.has(c));
  const created = await createResource(
    {
      ...consents,
      create: () => ({
        data: {
          workerId: worker.id,
          tenantId: worker.tenantId,
          ...input,
          separate,
          grantedAt,
          validUntil: input.validUntil ?? null,
          revokedAt: null,
          revocationReason: null,
        },
        status: 'GRANTED',
        tenantId: worker.tenantId,
      }),
    },
    ctx,
  );
  await refreshConsents(ctx, worker.id);
  const id = (created.body as Data).id;
  return { ...created, headers: { Location: `/workers/${worker.id}/consents/${id}` } };
};

/** `POST /workers/{workerId}/consents/{consentId}/revoke`: `GRANTED` → `REVOKED`, effective at once. */
export const workerConsentsRevoke: CustomHandler = async (ctx) => {
  const worker = await findWorkerRow(ctx, ctx.path.workerId as string, ctx.visibility, true);
  const consentId = ctx.path.consentId as string;
  const owned = (await findById(ctx.tx, consentId)) as ObjectRow | undefined;
  if (owned?.type !== 'Consent' || (owned.data as Data).workerId !== worker.id)
    throw notFound('consent', consentId);
  const result = await runAction(consents, ctx, consentId);
  await refreshConsents(ctx, worker.id);
  return result;
};
