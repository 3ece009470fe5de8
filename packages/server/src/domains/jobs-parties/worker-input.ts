import { and, eq, ne, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { type FieldError, ProblemError, ruleViolation, validationProblem } from '../../http/problem.js';
import { objects } from '../../store/schema.js';
import { requireGigMarket } from './references.js';

type Data = Record<string, unknown>;

/** The fields a caller may write on a worker (WorkerCreate / WorkerUpdate); read-only ones are dropped. */
export const WORKER_WRITABLE = [
  'name',
  'idDocType',
  'idNumber',
  'mobile',
  'householdRegion',
  'residenceRegion',
  'residencePermitSince',
  'employmentSituation',
  'isPlatformWorker',
  'hardshipCategories',
  'employmentRegistrationNo',
  'skills',
  'workCertificates',
  'preferences',
  'gigMarketId',
  'metadata',
] as const;

/** Only the listed keys of a body: the generated zod passes unknown keys through its intersections. */
export function pick(body: Data, keys: readonly string[]): Data {
  return Object.fromEntries(Object.entries(body).filter(([k, v]) => keys.includes(k) && v !== undefined));
}

/**
 * WorkerPreferences rules the generated zod does not carry: `payFloorFen` needs `payFloorUnit`
 * (dependentRequired) and `availableUntil` is not before `availableFrom`.
 */
export function checkPreferences(preferences: Data | undefined): void {
  if (!preferences) return;
  const errors: FieldError[] = [];
  if (preferences.payFloorFen !== undefined && preferences.payFloorUnit === undefined)
    errors.push({
      pointer: '/preferences/payFloorUnit',
      detail: 'required with payFloorFen',
      code: 'required',
    });
  if (
    typeof preferences.availableFrom === 'string' &&
    typeof preferences.availableUntil === 'string' &&
    preferences.availableUntil < preferences.availableFrom
  )
    errors.push({
      pointer: '/preferences/availableUntil',
      detail: 'must not be before availableFrom',
      code: 'out_of_range',
    });
  if (errors.length) throw validationProblem(errors);
}

/**
 * A skill's `qualificationId` must name one of the worker's current certificates (Skill.yaml): on
 * registration there are none yet, so a skill can only be linked after `workerQualifications.add`.
 */
export function checkSkillQualifications(skills: Data[] | undefined, qualificationIds: string[]): void {
  for (const [i, skill] of (skills ?? []).entries()) {
    const id = skill.qualificationId;
    if (typeof id === 'string' && !qualificationIds.includes(id))
      throw ruleViolation(
        `skills/${i} refers to qualification ${id}, which is not on the worker's record; add it with workerQualifications.add first.`,
        {
          errors: [
            {
              pointer: `/skills/${i}/qualificationId`,
              detail: 'unknown qualification',
              code: 'unknown_reference',
            },
          ],
        },
      );
  }
}

/** The gig market of a worker body, when named, must exist (422 otherwise). */
export async function checkWorkerMarket(ctx: OperationContext, body: Data): Promise<void> {
  if (typeof body.gigMarketId === 'string') await requireGigMarket(ctx, body.gigMarketId);
}

/**
 * Refuses an ID number the tenant has already registered (`409 conflict`, naming the worker):
 * each tenant keeps one record per person (docs/domains/jobs-parties.md, Registration).
 */
export async function checkNotRegistered(
  ctx: OperationContext,
  tenantId: string,
  idNumber: string,
  exceptId?: string,
): Promise<void> {
  const [existing] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Worker'),
        eq(objects.tenantId, tenantId),
        sql`${objects.internal}->>'idNumber' = ${idNumber}`,
        exceptId ? ne(objects.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (existing)
    throw new ProblemError(
      409,
      'conflict',
      `Your tenant already registered this ID number as worker ${existing.id}; update that worker instead of registering the person again.`,
    );
}
