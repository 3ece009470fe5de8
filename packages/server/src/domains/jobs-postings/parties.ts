import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import { findVisible, type ObjectRow, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

type Data = Record<string, unknown>;

/**
 * An employer the caller may use: registered by its tenant or visible to it as a party
 * (jobs.create: "registered by the calling tenant or visible to it"); otherwise 404.
 */
export async function visibleEmployer(ctx: OperationContext, employerId: string): Promise<ObjectRow> {
  const row = await findVisible(ctx.tx, 'Employer', employerId, visibleTo(ctx.caller, 'party'));
  if (!row) throw notFound('employer', employerId);
  return row;
}

/** A worker registered by the caller's tenant (applications and matches act only for own workers). */
export async function ownWorker(ctx: OperationContext, workerId: string): Promise<ObjectRow> {
  const row = await findVisible(ctx.tx, 'Worker', workerId, visibleTo(ctx.caller, 'own'));
  if (!row) throw notFound('worker', workerId);
  return row;
}

/** The employer's data by id, for the server's own rules (no visibility check). */
export async function employerData(ctx: OperationContext, employerId: string): Promise<Data | undefined> {
  const [row] = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.id, employerId), eq(objects.type, 'Employer')));
  return row?.data as Data | undefined;
}

/** The name workers see: the employer's display name, else its registered or person's name (E15). */
export function employerDisplayName(employer: Data): string {
  const person = employer.person as { name?: string } | undefined;
  const name =
    (employer.displayName as string | undefined) ??
    (employer.legalName as string | undefined) ??
    (person?.name ? `${person.name.slice(0, 1)}女士/先生` : undefined) ??
    String(employer.id);
  return name.slice(0, 100);
}

/** Whether the worker has a GRANTED consent for a purpose (jobs-parties.md: `activeConsentPurposes`). */
export function hasConsent(worker: Data, purpose: string): boolean {
  const purposes = worker.activeConsentPurposes;
  return Array.isArray(purposes) && purposes.includes(purpose);
}

/** How many assignments of the worker were completed and accepted (for the masked summary). */
export async function completedAssignments(ctx: OperationContext, workerId: string): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: sql<number>`count(*)::int` })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Assignment'),
        sql`${objects.data}->>'workerId' = ${workerId}`,
        sql`${objects.status} IN ('ACCEPTED', 'SETTLED')`,
      ),
    );
  return Number(row?.n ?? 0);
}
