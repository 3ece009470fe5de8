import { and, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { objects } from '../../store/schema.js';

/** States in which postings, applications and assignments are over (no open business). */
const CLOSED = [
  'SETTLED',
  'CANCELLED_BY_EMPLOYER',
  'CANCELLED_BY_WORKER',
  'NO_SHOW',
  'ENDED_BY_INCIDENT',
  'CLOSED',
  'EXPIRED',
  'WITHDRAWN',
  'REJECTED',
  'TAKEN_DOWN',
  'FILLED',
  'CANCELLED',
  'DRAFT',
];

/**
 * Tenants with open postings, applications or assignments involving a worker or employer: they
 * receive `blacklist.listed` so that they can stop automatic matching and review the employer's
 * postings (webhooks/credit/blacklist.listed).
 */
export async function interestedTenants(ctx: OperationContext, subjectId: string): Promise<string[]> {
  const rows = await ctx.tx
    .select({ tenantId: objects.tenantId, partyTenantIds: objects.partyTenantIds })
    .from(objects)
    .where(
      and(
        sql`${objects.type} IN ('Job', 'Application', 'Assignment')`,
        sql`(${objects.data}->>'employerId' = ${subjectId} OR ${objects.data}->>'workerId' = ${subjectId})`,
        sql`coalesce(${objects.status}, '') NOT IN (${sql.join(
          CLOSED.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      ),
    );
  return [...new Set(rows.flatMap((r) => [r.tenantId, ...r.partyTenantIds]))];
}
