import { and, eq, ne, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError } from '../../http/problem.js';
import type { Created, ResourceDefinition } from '../../operations/definitions.js';
import { mergePatch } from '../../operations/generic.js';
import { rulesFor as regionalRules } from '../../rules.js';
import { findVisible, type ObjectRow, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { jobActions } from './job-actions.js';
import { assertJobRules, derivedAgreementType } from './job-rules.js';
import { presentJob } from './job-view.js';
import { employerDisplayName, visibleEmployer } from './parties.js';

type Data = Record<string, unknown>;

/**
 * Risk class when the posting gives none. This server has no regional class table (E21), so it
 * uses a coarse one by the occupation's major group (PROPOSAL of this implementation): office and
 * professional work 1, services 2, agriculture 3, production and transport 4, anything else 3.
 */
const RISK_BY_MAJOR_GROUP: Record<string, string> = {
  '1': '1',
  '2': '1',
  '3': '1',
  '4': '2',
  '5': '3',
  '6': '4',
};

/** The gig market whose operator reviews the job becomes a party; it must exist and be visible. */
async function reviewerTenants(ctx: OperationContext, gigMarketId: unknown): Promise<string[]> {
  if (typeof gigMarketId !== 'string') return [];
  const market = await findVisible(ctx.tx, 'GigMarket', gigMarketId, visibleTo(ctx.caller, 'public'));
  if (!market) throw notFound('gig market', gigMarketId);
  return market.tenantId === ctx.caller?.tenantId ? [] : [market.tenantId];
}

/** An aggregator may not import the same external posting twice (409 conflict). */
async function assertNewSource(ctx: OperationContext, source: unknown, exceptId?: string): Promise<void> {
  const s = source as { system?: string; externalId?: string } | undefined;
  if (!s?.system || !s.externalId) return;
  const [twin] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Job'),
        sql`${objects.data}->'source'->>'system' = ${s.system}`,
        sql`${objects.data}->'source'->>'externalId' = ${s.externalId}`,
        exceptId ? ne(objects.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (twin)
    throw new ProblemError(
      409,
      'conflict',
      `Job ${twin.id} already carries source ${s.system} / ${s.externalId}; an external posting is imported once.`,
    );
}

async function createJob(ctx: OperationContext, body: Data): Promise<Created> {
  const employer = await visibleEmployer(ctx, String(body.employerId));
  await assertNewSource(ctx, body.source);
  const data: Data = {
    statusReason: null,
    gigMarketId: null,
    immediateStart: false,
    escrowRequired: false,
    insuranceRequirement: { required: false },
    riskClass: RISK_BY_MAJOR_GROUP[String(body.occupationCode).slice(0, 1)] ?? '3',
    agreementType: derivedAgreementType(String(body.employmentForm)),
    reviewMode: 'STANDARD',
    validFrom: null,
    ...body,
    employerDisplayName: employerDisplayName(employer.data as Data),
    publishedVia: ctx.caller?.tenantId,
    openingsFilled: 0,
    escrowId: null,
    reviews: [],
    publishedAt: null,
  };
  assertJobRules(data, ctx.nowDate.getTime(), regionalRules(ctx).minimumHourlyWageFen.value);
  return {
    data,
    status: 'DRAFT',
    isPublic: false,
    partyTenantIds: await reviewerTenants(ctx, body.gigMarketId),
  };
}

async function updateJob(ctx: OperationContext, row: ObjectRow, patch: Data): Promise<Partial<Created>> {
  const data = mergePatch(row.data as Data, patch);
  // Removing optional fields with null must not remove what the Job schema requires.
  data.gigMarketId ??= null;
  data.validFrom ??= null;
  assertJobRules(data, ctx.nowDate.getTime(), regionalRules(ctx).minimumHourlyWageFen.value);
  await assertNewSource(ctx, data.source, row.id);
  const changes: Partial<Created> = { data };
  if ('gigMarketId' in patch) changes.partyTenantIds = await reviewerTenants(ctx, patch.gigMarketId);
  // Editing a rejected job sends it back to DRAFT, to be submitted again (JobStatus machine).
  if (row.status === 'REJECTED') changes.status = 'DRAFT';
  return changes;
}

/** Job postings (docs/domains/jobs-postings.md): drafts, review, publication and the job board. */
export const jobs: ResourceDefinition = {
  type: 'Job',
  // jobs.list: newest first by `publishedAt`, then `createdAt` (drafts have no `publishedAt`)
  listOrder: { fields: ['publishedAt', 'createdAt'], direction: 'desc' },
  prefix: 'job',
  label: 'job',
  create: createJob,
  notEditable: (row) =>
    row.status === 'DRAFT' || row.status === 'REJECTED'
      ? null
      : `Job ${row.id} is ${row.status}; only DRAFT and REJECTED jobs can be edited. Cancel or close it and post a new one.`,
  update: updateJob,
  actions: jobActions,
  present: presentJob,
};
