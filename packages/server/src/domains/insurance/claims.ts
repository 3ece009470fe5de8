import { schemas } from '@gigmarket/insurance/validation';
import { inArray, sql } from 'drizzle-orm';
import { notFound } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition, Sweep } from '../../operations/definitions.js';
import { createResource, listResource } from '../../operations/generic.js';
import { findVisible, saveObject, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { claimActions } from './claim-actions.js';
import { attached, reportClaim } from './claim-report.js';
import { before, type Data, field, findRows, stateConflict } from './support.js';

// The spec's own status list, in its order (the claimant's open states are its first seven).
const STATUSES: readonly string[] = schemas.zInsuranceClaimStatus.options;

/** Claims: reported by the claimant side, decided by the handler; `claim.updated` on every change. */
export const insuranceClaims: ResourceDefinition = {
  type: 'InsuranceClaim',
  // insuranceClaims.list: most recently updated first
  listOrder: { column: 'updatedAt', direction: 'desc' },
  prefix: 'clm',
  label: 'insurance claim',
  create: reportClaim,
  actions: claimActions,
  events: { $created: 'claim.updated', ...Object.fromEntries(STATUSES.map((s) => [s, 'claim.updated'])) },
};

/** `POST /insurance-claims` (`insuranceClaims.report`). */
export const insuranceClaimsReport: CustomHandler = (ctx) => createResource(insuranceClaims, ctx);

/** `GET /insurance-claims`: plus `decisionDueBefore`, so handlers can see the time limits that run out. */
export const insuranceClaimsList: CustomHandler = (ctx) => {
  const { decisionDueBefore, ...rest } = ctx.query;
  const filters =
    typeof decisionDueBefore === 'string'
      ? [sql`(${field('decisionDueAt')})::timestamptz < ${decisionDueBefore}::timestamptz`]
      : [];
  return listResource({ ...insuranceClaims, listFilters: () => filters }, { ...ctx, query: rest });
};

const CLAIMANT_OPEN = STATUSES.slice(0, 7).concat('APPEALED');

/**
 * `POST /insurance-claims/{id}/documents` (`insuranceClaims.addDocument`): attaches a document and
 * strikes its type from `requiredDocuments`; never changes the status. The claimant side may attach
 * until the claim is decided; the handler and regulators also afterwards, until it is closed.
 */
export const insuranceClaimsAddDocument: CustomHandler = async (ctx) => {
  const id = ctx.path.insuranceClaimId as string;
  const row = await findVisible(ctx.tx, 'InsuranceClaim', id, visibleTo(ctx.caller, ctx.visibility), true);
  if (!row) throw notFound('insurance claim', id);
  const claim = row.data as Data;
  const handler = (claim.handler as { tenantId: string }).tenantId;
  const official = ctx.caller?.role === 'regulator' || ctx.caller?.tenantId === handler;
  const allowed = official ? STATUSES.filter((s) => s !== 'WITHDRAWN' && s !== 'CLOSED') : CLAIMANT_OPEN;
  if (!allowed.includes(row.status ?? ''))
    throw stateConflict(
      `Documents can no longer be attached to claim ${id} while it is ${row.status}.`,
      row.status ?? '',
    );
  const doc = ctx.body as Data;
  const data = {
    ...claim,
    documents: [...(claim.documents as Data[]), attached(ctx, doc, claim.workerId as string)],
    requiredDocuments: (claim.requiredDocuments as string[]).filter((t) => t !== doc.type),
  };
  const saved = await saveObject(ctx.tx, row, { data }, ctx.now);
  await ctx.emit('claim.updated', saved.data as Data, {
    visibleTo: [saved.tenantId, ...saved.partyTenantIds],
  });
  return { body: saved.data };
};

/** Deadlines (timers): unsubmitted claims close at `claimDeadline`, unappealed decisions at `appealDeadline`. */
export const claimTimers: Sweep = async (ctx) => {
  const due = await findRows(
    ctx,
    'InsuranceClaim',
    inArray(objects.status, ['REPORTED', 'DOCUMENTS_PENDING', 'REJECTED', 'PAID']),
  );
  for (const row of due) {
    const claim = row.data as Data;
    const deadline = (
      row.status === 'REJECTED' || row.status === 'PAID' ? claim.appealDeadline : claim.claimDeadline
    ) as string | null;
    if (!deadline || before(ctx.now, deadline)) continue;
    const saved = await saveObject(
      ctx.tx,
      row,
      { status: 'CLOSED', data: { ...claim, decisionDueAt: null } },
      ctx.now,
    );
    await ctx.emit('claim.updated', saved.data as Data, {
      previousStatus: row.status ?? '',
      visibleTo: [saved.tenantId, ...saved.partyTenantIds],
    });
  }
};
