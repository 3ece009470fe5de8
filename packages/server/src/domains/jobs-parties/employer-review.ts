import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { findById, type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { addMonths } from './references.js';

type Data = Record<string, unknown>;

/**
 * Months after approval when an employer is re-verified: recruiting accounts are re-verified at
 * least every 6 months (E15). The standard lets a region set a shorter period; the engine has no
 * rule key for it yet, so this server uses the default everywhere.
 */
export const REVERIFICATION_MONTHS = 6;

/**
 * Market operators review only employers registered at a market they run; regulators review any
 * (docs/domains/jobs-parties.md, Pre-registration review). The operator may see other employers
 * (its own), so this is a `403`, not a `404`.
 */
async function checkReviewer(ctx: OperationContext, row: ObjectRow): Promise<void> {
  if (ctx.caller?.role !== 'market_operator') return;
  const gigMarketId = (row.data as Data).gigMarketId;
  const market = typeof gigMarketId === 'string' ? await findById(ctx.tx, gigMarketId) : undefined;
  if (market?.type !== 'GigMarket' || market.tenantId !== ctx.caller.tenantId)
    throw new ProblemError(
      403,
      'forbidden',
      `Employer ${row.id} is not registered at a gig market you operate; its review belongs to that market's operator or the regulator of its region.`,
    );
}

/** A wage-arrears listing in force: approval SHOULD be refused (joint punishment includes market access, E11). */
function wageArrearsEntry(row: ObjectRow, now: Date): Data | undefined {
  const entries = ((row.data as Data).blacklist as { entries?: Data[] } | undefined)?.entries ?? [];
  return entries.find(
    (e) =>
      e.kind === 'WAGE_ARREARS' &&
      Date.parse(String(e.listedAt)) <= now.getTime() &&
      (e.expiresAt == null || Date.parse(String(e.expiresAt)) > now.getTime()),
  );
}

/** `employers.approve` and `employers.reject`: both record the decision in `review`. */
export const employerReviewActions: NonNullable<ResourceDefinition['actions']> = {
  approve: async (ctx, row) => {
    await checkReviewer(ctx, row);
    const listed = wageArrearsEntry(row, ctx.nowDate);
    if (listed)
      throw ruleViolation(
        `Employer ${row.id} is on the national wage-arrears blacklist (entry ${listed.blacklistEntryId}); its joint punishment includes market access, so it is not approved (E11).`,
      );
    const review = (row.data as Data).review as Data;
    return {
      to: 'APPROVED',
      data: {
        review: {
          ...review,
          reviewedAt: ctx.now,
          reviewedBy: ctx.caller?.tenantId,
          rejectionReason: null,
          fieldsToFix: [],
          reverificationDueAt: addMonths(ctx.now, REVERIFICATION_MONTHS),
        },
      },
    };
  },
  reject: async (ctx, row, body) => {
    await checkReviewer(ctx, row);
    const review = (row.data as Data).review as Data;
    return {
      to: 'REJECTED',
      data: {
        review: {
          ...review,
          reviewedAt: ctx.now,
          reviewedBy: ctx.caller?.tenantId,
          rejectionReason: body.reason,
          fieldsToFix: (body.fieldsToFix as string[] | undefined) ?? [],
          reverificationDueAt: null,
        },
      },
    };
  },
};

/** The EmployerReviewStatus timer: an approval lapses at `review.reverificationDueAt` (E15). */
export const reverifyEmployers = async (ctx: OperationContext): Promise<void> => {
  const due = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Employer'),
        eq(objects.status, 'APPROVED'),
        // CASE keeps the cast to employer rows whatever order the planner evaluates conditions in.
        sql`CASE WHEN ${objects.type} = 'Employer' THEN (${objects.data}->'review'->>'reverificationDueAt')::timestamptz END <= ${ctx.now}::timestamptz`,
      ),
    )
    .for('update');
  for (const row of due) {
    const data = row.data as Data;
    const review = { ...(data.review as Data), submittedAt: ctx.now, reverificationDueAt: null };
    await saveObject(ctx.tx, row, { data: { ...data, review }, status: 'PENDING_REVIEW' }, ctx.now);
  }
};
