import { eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { credentials } from '../../store/schema.js';

/** A party whose credit is kept (common/PartyRef). */
export interface PartyRef {
  type: 'WORKER' | 'EMPLOYER' | 'TENANT';
  id: string;
}

/** A credit subject as this domain needs it: who owns its record and when it got its base score. */
export interface Subject {
  ref: PartyRef;
  /** The tenant that registered the subject (a tenant owns itself). */
  ownerTenantId: string;
  createdAt: string | null;
  /** The Worker or Employer record; `null` for tenants. */
  row: ObjectRow | null;
  /** The tenant's name, for TENANT subjects. */
  tenantName?: string;
}

const TYPE_OF = { WORKER: 'Worker', EMPLOYER: 'Employer' } as const;

/** The subject named by a PartyRef, regardless of who asks; `null` when it does not exist. */
export async function findSubject(ctx: OperationContext, ref: PartyRef): Promise<Subject | null> {
  if (ref.type === 'TENANT') {
    const [tenant] = await ctx.tx
      .select({ tenantId: credentials.tenantId, tenantName: credentials.tenantName })
      .from(credentials)
      .where(eq(credentials.tenantId, ref.id))
      .limit(1);
    return tenant
      ? { ref, ownerTenantId: ref.id, createdAt: null, row: null, tenantName: tenant.tenantName }
      : null;
  }
  const row = await findById(ctx.tx, ref.id);
  if (!row || row.type !== TYPE_OF[ref.type]) return null;
  return { ref, ownerTenantId: row.tenantId, createdAt: row.createdAt, row };
}

/** Whether the caller may read the subject's own credit: its owner tenant, or a regulator. */
export function readsSubject(ctx: OperationContext, subject: Subject): boolean {
  const caller = ctx.caller;
  return Boolean(caller && (ctx.visibility === 'all' || caller.tenantId === subject.ownerTenantId));
}

/**
 * The subject for an operation on its credit: 404 when it does not exist or is not the caller's
 * (other tenants' subjects are reported as missing, docs/conventions.md §7).
 */
export async function ownedSubject(ctx: OperationContext, ref: PartyRef): Promise<Subject> {
  const subject = await findSubject(ctx, ref);
  if (!subject || !readsSubject(ctx, subject)) throw notFound(ref.type.toLowerCase(), ref.id);
  return subject;
}

/** The tenants of regulators, who receive credit webhooks they subscribe to. */
export async function regulatorTenants(ctx: OperationContext): Promise<string[]> {
  const rows = await ctx.tx
    .select({ tenantId: credentials.tenantId })
    .from(credentials)
    .where(sql`${credentials.role} = 'regulator'`);
  return [...new Set(rows.map((r) => r.tenantId))];
}
