import {
  computeCreditProfile,
  type CreditEvent as EngineEvent,
  type CreditFactor as EngineFactor,
} from '@gigmarket/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { type CreditEventType, EVENT_TABLE, ratingKind } from './event-table.js';
import { explain } from './explanations.js';
import { creditRules, isBefore, normalise, rulesetVersion } from './rules.js';
import type { Subject } from './subjects.js';

type Data = Record<string, unknown>;

/** The subject's rows of one type (credit events or blacklist entries), any status. */
export async function subjectRows(
  ctx: OperationContext,
  type: string,
  subjectId: string,
): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, type), sql`${objects.data}->'subject'->>'id' = ${subjectId}`));
}

/**
 * How periods are read: `now` applies `publicUntil` and `expiresAt` at the request's time (what
 * reads answer); `recorded` trusts the stored status, i.e. the profile as last announced, which
 * the expiry sweeps compare against.
 */
export type ProfileMode = 'now' | 'recorded';

/** Whether an event counts now: `EFFECTIVE`, already occurred and still within `publicUntil`. */
export function inEffect(data: Data, now: string, mode: ProfileMode = 'now'): boolean {
  return (
    data.status === 'EFFECTIVE' &&
    !isBefore(now, data.occurredAt as string) &&
    (mode === 'recorded' || isBefore(now, data.publicUntil as string))
  );
}

/** Whether a blacklist entry is in force now and acts on this subject's profile. */
export function blacklistInForce(
  row: ObjectRow,
  subject: Subject,
  now: string,
  mode: ProfileMode = 'now',
): boolean {
  const d = row.data as Data;
  return (
    (d.status === 'LISTED' || d.status === 'REMOVAL_REQUESTED') &&
    (mode === 'recorded' || isBefore(now, d.expiresAt as string)) &&
    // A platform's own ban acts in its own service only: on the profile its owner reads.
    (d.kind !== 'PLATFORM_INTERNAL' || row.tenantId === subject.ownerTenantId)
  );
}

/** The engine's view of one stored event (its vocabulary predates the spec's type names). */
function toEngine(row: ObjectRow, mode: ProfileMode): EngineEvent | null {
  const d = row.data as Data;
  const base = { id: d.id as string, occurredAt: d.occurredAt as string };
  switch (d.type as CreditEventType) {
    case 'RATING_RECEIVED':
      return { ...base, type: 'RATING', stars: ((row.internal as Data).stars ?? 3) as 1 | 2 | 3 | 4 | 5 };
    case 'WAGE_ARREARS_CONFIRMED':
      // The floor lasts while the event is in effect (E12 periods), not while the entry is listed.
      return {
        ...base,
        type: 'WAGE_ARREARS_BLACKLISTED',
        expiresAt: mode === 'recorded' ? '9999-12-31T00:00:00+08:00' : (d.publicUntil as string),
      };
    case 'COMPLIANCE_GRADE_C':
      return { ...base, type: 'COMPLIANCE_GRADE_C' };
    case 'CREDIT_REPAIRED':
      return null;
    default: {
      const kind = EVENT_TABLE[d.type as CreditEventType].points;
      return kind && !kind.startsWith('RATING') ? ({ ...base, type: kind } as EngineEvent) : null;
    }
  }
}

/** The engine factors that make up one spec factor kind. */
function enginePoints(type: CreditEventType, factors: readonly EngineFactor[]): number {
  const kinds: string[] =
    type === 'RATING_RECEIVED'
      ? [1, 2, 3, 4, 5].map(ratingKind)
      : type === 'WAGE_ARREARS_CONFIRMED'
        ? ['WAGE_ARREARS_BLACKLIST']
        : [EVENT_TABLE[type].points ?? type];
  return factors.filter((f) => kinds.includes(f.kind)).reduce((sum, f) => sum + f.points, 0);
}

/**
 * The subject's CreditProfile at `ctx.now`: the engine's `computeCreditProfile` over its events in
 * effect, with one factor per event type (whose points add up to the score), and the effects of
 * blacklist entries in force of any kind (the engine knows only the wage-arrears floor).
 */
export async function computeProfile(
  ctx: OperationContext,
  subject: Subject,
  mode: ProfileMode = 'now',
): Promise<Data> {
  const rules = creditRules(ctx);
  const now = ctx.now;
  const eventRows = await subjectRows(ctx, 'CreditEvent', subject.ref.id);
  const effective = eventRows.filter((r) => inEffect(r.data as Data, now, mode));
  const engineType = subject.ref.type === 'TENANT' ? 'PLATFORM' : subject.ref.type;
  const engineEvents = effective.map((r) => toEngine(r, mode)).filter((e): e is EngineEvent => e !== null);
  const computed = computeCreditProfile(engineEvents, now, rules, engineType);

  const byType = new Map<CreditEventType, ObjectRow[]>();
  for (const row of effective) {
    const type = (row.data as Data).type as CreditEventType;
    byType.set(type, [...(byType.get(type) ?? []), row]);
  }
  const factors = [...byType.entries()]
    .map(([kind, rows]) => ({
      kind,
      points: enginePoints(kind, computed.factors),
      count: rows.length,
      scoreEffect: EVENT_TABLE[kind].scoreEffect,
      explanation: explain(kind, rows, rules, enginePoints(kind, computed.factors)),
      lastOccurredAt: rows
        .map((r) => (r.data as Data).occurredAt as string)
        .sort(byInstant)
        .at(-1) as string,
    }))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.kind.localeCompare(b.kind));

  const blacklistRows = (await subjectRows(ctx, 'BlacklistEntry', subject.ref.id)).filter(
    (r) => r.tenantId === subject.ownerTenantId || (r.data as Data).kind !== 'PLATFORM_INTERNAL',
  );
  const active = blacklistRows.filter((r) => blacklistInForce(r, subject, now, mode));
  const listed = active.length > 0;
  const gradeCap = byType.has('COMPLIANCE_GRADE_C') ? 'C' : null;
  const badges = listed ? [] : [...computed.badges];
  const graveEvent = effective.some((r) =>
    ['GENERAL', 'SERIOUS'].includes((r.data as Data).severity as string),
  );
  const employer = subject.ref.type === 'EMPLOYER';
  const compliance = (subject.row?.data as Data | undefined)?.complianceGrade as
    | { grade: 'A' | 'B' | 'C'; year: number }
    | null
    | undefined;
  const subjectCreatedAt = (subject.row?.data as Data | undefined)?.createdAt as string | undefined;
  const changes = [
    subjectCreatedAt,
    ...eventRows.map((r) => (r.data as Data).updatedAt as string),
    ...blacklistRows.map((r) => (r.data as Data).updatedAt as string),
  ].filter((t): t is string => Boolean(t) && !isBefore(now, t as string));
  return {
    subject: subject.ref,
    score: computed.score,
    baseScore: rules.creditScore.value.initial,
    grade: computed.grade,
    gradeCap,
    badges,
    complianceGrade: employer ? (compliance?.grade ?? null) : null,
    complianceGradeYear: employer ? (compliance?.year ?? null) : null,
    activeBlacklists: active.map(summaryOf),
    factors,
    effects: {
      fastTrackEligible: employer && badges.includes('HONEST_EMPLOYER') && !graveEvent,
      autoMatchExcluded: computed.effects.autoMatchExcluded || listed,
      manualReviewRequired: employer && (computed.grade === 'D' || gradeCap === 'C' || listed),
    },
    rulesetVersion: rulesetVersion(ctx),
    computedAt: now,
    createdAt: normaliseOr(subjectCreatedAt ?? changes.sort(byInstant)[0], now),
    updatedAt: normaliseOr(changes.sort(byInstant).at(-1), now),
  };
}

const byInstant = (a: string, b: string) => new Date(a).getTime() - new Date(b).getTime();
const normaliseOr = (t: string | undefined, fallback: string) => (t ? normalise(t) : fallback);

/** The short view of an entry on profiles and query answers (BlacklistEntrySummary). */
export function summaryOf(row: ObjectRow): Data {
  const d = row.data as Data;
  return {
    id: d.id,
    kind: d.kind,
    status: d.status,
    listedBy: (d.listedBy as { authorityName: string }).authorityName,
    listedAt: d.listedAt,
    expiresAt: d.expiresAt,
  };
}
