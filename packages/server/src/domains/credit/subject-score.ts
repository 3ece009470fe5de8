import type { OperationContext } from '../../context.js';
import { findById, saveObject } from '../../store/objects.js';
import type { Subject } from './subjects.js';

type Data = Record<string, unknown>;

/**
 * Keeps the subject record's read-only `creditScore` (Worker and Employer: "the credit score from
 * the credit domain … `null` until first computed") equal to the score of its credit profile. Runs
 * whenever a change to the subject's credit is recomputed, so the first credit event replaces
 * `null`. Tenants have no record of their own here; an unchanged score writes nothing.
 *
 * @example
 * await syncSubjectScore(ctx, subject, 605); // Worker wkr_… now reads creditScore 605
 */
export async function syncSubjectScore(
  ctx: OperationContext,
  subject: Subject,
  score: unknown,
): Promise<void> {
  if (subject.ref.type === 'TENANT' || typeof score !== 'number') return;
  const row = await findById(ctx.tx, subject.ref.id, true);
  if (!row || (row.data as Data).creditScore === score) return;
  await saveObject(ctx.tx, row, { data: { ...(row.data as Data), creditScore: score } }, ctx.now);
}
