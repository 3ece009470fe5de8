import { inArray, sql } from 'drizzle-orm';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { createResource, listResource } from '../../operations/generic.js';
import { findById, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { promoteIfReady } from '../jobs-work/effects.js';
import { policyholderFor } from './policyholder.js';
import { before, type Data, field, findReferenced, findRows, stateConflict } from './support.js';

/** Policies: bound from quotes, held by the policyholder's tenant, the insurer a party. */
export const insurancePolicies: ResourceDefinition = {
  type: 'InsurancePolicy',
  prefix: 'pol',
  label: 'insurance policy',
  actions: {
    cancel: (ctx, row) => {
      const policy = row.data as Data;
      if (!before(ctx.now, policy.coverageStart as string))
        throw stateConflict(
          `Cover of policy ${row.id} began at ${policy.coverageStart}; once cover has begun a policy runs to its end.`,
          'ACTIVE',
        );
      return {
        to: 'CANCELLED',
        data: { cancelledAt: ctx.now, premiumRefundFen: policy.premiumFen, statusReason: undefined },
      };
    },
  },
  events: { BOUND: 'policy.bound' },
};

/**
 * `POST /insurance-policies` (`insurancePolicies.bind`): accepts an OPEN quote. Requires an
 * Idempotency-Key so that a retried bind never creates a second policy; refuses a second policy of
 * the same product for the same worker with overlapping cover (`409`).
 */
export const insurancePoliciesBind: CustomHandler = async (ctx) => {
  const body = ctx.body as Data;
  const quoteRow = await findReferenced(
    ctx,
    'InsuranceQuote',
    body.quoteId as string,
    'insurance quote',
    true,
  );
  const quote = quoteRow.data as Data;
  if (quoteRow.status !== 'OPEN' || !before(ctx.now, quote.expiresAt as string))
    throw stateConflict(
      `Quote ${quoteRow.id} is ${quoteRow.status === 'OPEN' ? `past its expiry ${quote.expiresAt}` : quoteRow.status}; only an OPEN quote can be bound. Ask for a new quote.`,
      quoteRow.status === 'OPEN' ? 'EXPIRED' : (quoteRow.status ?? ''),
    );
  const payer = body.payer as { kind: string; id: string };
  if (payer.kind !== quote.payer)
    throw ruleViolation(
      `Quote ${quoteRow.id} was priced for payer ${quote.payer}; the policyholder's kind is ${payer.kind}.`,
    );
  if (body.escrowId && (payer.kind !== 'EMPLOYER' || !quote.assignmentId))
    throw ruleViolation(
      'Only an employer paying per-order cover may take the premium from the work order escrow (DOMAIN.md §2.5).',
    );
  if (body.escrowId) await findReferenced(ctx, 'Escrow', body.escrowId as string, 'escrow');
  const overlapping = await findRows(
    ctx,
    'InsurancePolicy',
    inArray(objects.status, ['BOUND', 'ACTIVE']),
    sql`${field('productId')} = ${quote.productId as string}`,
    sql`${field('insuredWorkerId')} = ${quote.workerId as string}`,
    sql`(${field('coverageStart')})::timestamptz < (${quote.coverageEnd as string})::timestamptz`,
    sql`(${field('coverageEnd')})::timestamptz > (${quote.coverageStart as string})::timestamptz`,
  );
  if (overlapping[0])
    throw new ProblemError(
      409,
      'conflict',
      `Worker ${quote.workerId} already has policy ${overlapping[0].id} of product ${quote.productId} for overlapping cover.`,
    );
  const productRow = await findById(ctx.tx, quote.productId as string);
  const product = (productRow?.data ?? {}) as Data;
  const policyholder = await policyholderFor(ctx, payer, quote);
  const result = await createResource(
    {
      ...insurancePolicies,
      create: () => ({
        data: {
          productId: quote.productId,
          quoteId: quoteRow.id,
          insurerUscc: product.insurerUscc,
          insuredWorkerId: quote.workerId,
          policyholder,
          layer: product.layer,
          premiumBasis: quote.premiumBasis,
          assignmentId: quote.assignmentId ?? null,
          coverageDate: quote.coverageDate ?? null,
          riskClass: quote.riskClass,
          coverageStart: quote.coverageStart,
          coverageEnd: quote.coverageEnd,
          premiumFen: quote.premiumFen,
          subsidyFen: quote.subsidyFen,
          sumInsuredFen: quote.sumInsuredFen,
          escrowId: body.escrowId ?? null,
          claimed: false,
          claimIds: [],
          boundAt: ctx.now,
          cancelledAt: null,
          premiumRefundFen: 0,
          ...(body.metadata ? { metadata: body.metadata } : {}),
        },
        status: 'BOUND',
        partyTenantIds: productRow ? [productRow.tenantId] : [],
      }),
    },
    ctx,
  );
  const policyId = (result.body as Data).id as string;
  await saveObject(ctx.tx, quoteRow, { status: 'ACCEPTED', data: { ...quote, policyId } }, ctx.now);
  await linkAssignment(ctx, quote.assignmentId as string | null, policyId);
  return result;
};

/** The covered work order lists the policy, and becomes READY if that was its last prerequisite (jobs-work `promoteIfReady`). */
async function linkAssignment(
  ctx: Parameters<CustomHandler>[0],
  assignmentId: string | null,
  policyId: string,
) {
  if (!assignmentId) return;
  const row = await findById(ctx.tx, assignmentId, true);
  if (!row) return;
  const data = row.data as Data;
  const policyIds = [...((data.policyIds as string[] | undefined) ?? []), policyId];
  await saveObject(ctx.tx, row, { data: { ...data, policyIds } }, ctx.now);
  await promoteIfReady(ctx, assignmentId);
}

/** `GET /insurance-policies`: `workerId` filters the insured worker; `coveredAt` the cover window. */
export const insurancePoliciesList: CustomHandler = (ctx) => {
  const { workerId, coveredAt, ...rest } = ctx.query;
  const filters = [
    typeof workerId === 'string' ? sql`${field('insuredWorkerId')} = ${workerId}` : undefined,
    typeof coveredAt === 'string'
      ? sql`(${field('coverageStart')})::timestamptz <= ${coveredAt}::timestamptz AND (${field('coverageEnd')})::timestamptz > ${coveredAt}::timestamptz`
      : undefined,
  ];
  return listResource({ ...insurancePolicies, listFilters: () => filters }, { ...ctx, query: rest });
};
