import type { RuleSet } from '@gigmarket/engine';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { notFound, ProblemError, validationProblem } from '../../http/problem.js';
import { rulesFor as deploymentRules } from '../../rules.js';
import { findVisible, type ObjectRow, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

/** Object data as stored and returned. */
export type Data = Record<string, unknown>;

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

/**
 * Another object the request names, as the caller may see it (its own, those it is a party to, or
 * all for regulators); `404` otherwise, because another tenant's object is reported as missing.
 */
export async function findReferenced(
  ctx: OperationContext,
  type: string,
  id: string,
  label: string,
  forUpdate = false,
): Promise<ObjectRow> {
  const scope = visibleTo(ctx.caller, ctx.visibility === 'all' ? 'all' : 'party');
  const row = await findVisible(ctx.tx, type, id, scope, forUpdate);
  if (!row) throw notFound(label, id);
  return row;
}

/** Rows of a type matching conditions, for the server's own rules (never returned unchecked). */
export async function findRows(
  ctx: OperationContext,
  type: string,
  ...conditions: SQL[]
): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, type), ...conditions))
    .orderBy(objects.createdAt, objects.id);
}

/** `data->>field` as SQL, for conditions on stored objects. */
export const field = (name: string) => sql`${objects.data}->>${name}`;

/** The rule set of a region on a date: the defaults with the deployment's overrides where they apply. */
export const rulesFor = (ctx: OperationContext, region: string, at: string): RuleSet =>
  deploymentRules(ctx, { region, at });

/** 400 with one field error, for requirements the schema cannot express. */
export const fieldProblem = (pointer: string, detail: string, code = 'required') =>
  validationProblem([{ pointer, detail, code }]);

/** 409 invalid-transition for an object that cannot do this in its state. */
export const stateConflict = (detail: string, currentState: string, allowedActions: string[] = []) =>
  new ProblemError(409, 'invalid-transition', detail, { currentState, allowedActions });

/** The Asia/Shanghai date (`YYYY-MM-DD`) of an instant. */
export const shanghaiDay = (instant: string | Date) =>
  new Date(new Date(instant).getTime() + SHANGHAI_MS).toISOString().slice(0, 10);

/** 00:00 Asia/Shanghai of a business date, as RFC 3339. */
export const startOfDay = (date: string) => `${date}T00:00:00+08:00`;

/** An instant plus whole days. */
export const addDays = (instant: string, days: number) =>
  shanghaiIso(new Date(new Date(instant).getTime() + days * DAY_MS));

/** An instant plus calendar months in Asia/Shanghai, the day clamped to the month's end. */
export function addMonths(instant: string, months: number): string {
  const local = new Date(new Date(instant).getTime() + SHANGHAI_MS);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const last = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, last));
  return shanghaiIso(new Date(local.getTime() - SHANGHAI_MS));
}

/** Whether instant `a` is before instant `b`. */
export const before = (a: string, b: string) => new Date(a).getTime() < new Date(b).getTime();

/** Every Asia/Shanghai date touched by `[start, end)`. */
export function daysCovered(start: string, end: string): string[] {
  const days: string[] = [];
  let ms = new Date(startOfDay(shanghaiDay(start))).getTime();
  const endMs = new Date(end).getTime();
  while (ms < endMs && days.length < 400) {
    days.push(shanghaiDay(new Date(ms)));
    ms += DAY_MS;
  }
  return days;
}
