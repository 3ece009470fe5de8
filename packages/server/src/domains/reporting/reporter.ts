import { and, eq, or, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { objects } from '../../store/schema.js';

/**
 * The reporting enterprise from the caller's tenant record: tenant id, registered name and USCC.
 * The server's tenant records (credentials) carry no USCC, so it is taken from the tenant's own
 * registration as an enterprise in the directory: an Employer or a gig market's operator, owned by
 * the tenant, with the tenant's registered name. Without one the report cannot name its reporter.
 */
export async function reporterOf(
  ctx: OperationContext,
): Promise<{ tenantId: string; name: string; uscc: string }> {
  const caller = ctx.caller as NonNullable<OperationContext['caller']>;
  const [row] = await ctx.tx
    .select({ data: objects.data })
    .from(objects)
    .where(
      and(
        eq(objects.tenantId, caller.tenantId),
        or(
          and(eq(objects.type, 'Employer'), sql`${objects.data}->>'legalName' = ${caller.tenantName}`),
          and(
            eq(objects.type, 'GigMarket'),
            sql`${objects.data}->'operator'->>'name' = ${caller.tenantName}`,
          ),
        ),
      ),
    )
    .limit(1);
  const data = (row?.data ?? {}) as { uscc?: string; operator?: { uscc?: string } };
  const uscc = data.uscc ?? data.operator?.uscc;
  if (!uscc)
    throw ruleViolation(
      `This server does not know the unified social credit code of ${caller.tenantName}: register the enterprise (employers.create with legalName "${caller.tenantName}") before reporting.`,
    );
  return { tenantId: caller.tenantId, name: caller.tenantName.slice(0, 100), uscc };
}
