import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { type Data, ms } from './model.js';

type Scope = { regions?: string[]; occupationCodes?: string[] };
const scopeKey = (s: Scope) =>
  JSON.stringify([[...(s.regions ?? [])].sort(), [...(s.occupationCodes ?? [])].sort()]);

/** Whether a rule's regions cover a region: a prefecture or province code covers the districts in it. */
const covers = (regions: string[], region: string) =>
  regions.some((r) => region.startsWith(r.replace(/(00)+$/, '')));

/** Whether a caller must publish a free rule: a market operator of a public gig market (seed 002). */
async function mustBeFree(ctx: OperationContext): Promise<boolean> {
  if (ctx.caller?.role !== 'market_operator') return false;
  const markets = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'GigMarket'), eq(objects.tenantId, ctx.caller.tenantId)));
  return markets.length === 0 || markets.some((m) => (m.data as Data).operatorType === 'PUBLIC');
}

/** The tenant's rules in effect at an instant. */
export async function rulesInEffect(ctx: OperationContext, tenantId: string, at: Date): Promise<ObjectRow[]> {
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'CommissionRule'), eq(objects.tenantId, tenantId)));
  return rows.filter((r) => {
    const d = r.data as Data;
    return ms(d.effectiveFrom) <= at.getTime() && (d.effectiveTo == null || ms(d.effectiveTo) > at.getTime());
  });
}

/**
 * The tenant's most specific rule in effect for an order (docs/domains/settlement.md): one naming
 * its occupation, then one naming its region, then a tenant-wide one; the latest `effectiveFrom` wins a tie.
 */
export async function ruleFor(
  ctx: OperationContext,
  tenantId: string,
  order: { region?: string; occupationCode?: string },
): Promise<ObjectRow | undefined> {
  const rank = (r: ObjectRow) => {
    const s = ((r.data as Data).scope ?? {}) as Scope;
    const regions = s.regions ?? [];
    const occupations = s.occupationCodes ?? [];
    if (occupations.length && !(order.occupationCode && occupations.includes(order.occupationCode)))
      return -1;
    if (regions.length && !(order.region && covers(regions, order.region))) return -1;
    return occupations.length ? 3 : regions.length ? 2 : 1;
  };
  return (await rulesInEffect(ctx, tenantId, ctx.nowDate))
    .filter((r) => rank(r) > 0)
    .sort(
      (a, b) => rank(b) - rank(a) || ms((b.data as Data).effectiveFrom) - ms((a.data as Data).effectiveFrom),
    )[0];
}

/** Published commission rules (抽成规则, E17): public from creation, never edited. */
export const commissionRules: ResourceDefinition = {
  type: 'CommissionRule',
  // commissionRules.list: "by tenant and then by `effectiveFrom`, newest first"
  listOrder: { groupBy: 'tenantId', fields: ['effectiveFrom'], direction: 'desc' },
  prefix: 'com',
  label: 'commission rule',
  async create(ctx, body) {
    const b = body as Data & Scope & { scope: Scope; rateBps: number; capBps: number; fixedFeeFen?: number };
    const fixedFeeFen = b.fixedFeeFen ?? 0;
    const basis = (b.basis as string | undefined) ?? 'UNILATERAL';
    if (b.rateBps > b.capBps)
      throw ruleViolation(
        `rateBps ${b.rateBps} exceeds capBps ${b.capBps}: the published cap must hold (E17).`,
      );
    if (basis === 'COLLECTIVE_AGREEMENT' && !b.negotiatedWith)
      throw ruleViolation(
        'A COLLECTIVE_AGREEMENT rule names the union it was agreed with in `negotiatedWith` (seed 004).',
      );
    if (ms(b.effectiveFrom) < Math.floor(ctx.nowDate.getTime() / 1000) * 1000)
      throw ruleViolation(
        `effectiveFrom ${b.effectiveFrom} is in the past: a rule is announced before it applies (E17).`,
      );
    if (b.effectiveTo && ms(b.effectiveTo) <= ms(b.effectiveFrom))
      throw ruleViolation('effectiveTo must be later than effectiveFrom.');
    if ((b.rateBps || b.capBps || fixedFeeFen) && (await mustBeFree(ctx)))
      throw ruleViolation(
        'Public gig markets provide their services free: rate, cap and fixed fee must be 0 (seed 002, E2).',
      );
    const tenantId = ctx.caller?.tenantId as string;
    const previous = await ctx.tx
      .select()
      .from(objects)
      .where(
        and(
          eq(objects.type, 'CommissionRule'),
          eq(objects.tenantId, tenantId),
          sql`${objects.data}->'effectiveTo' = 'null'::jsonb`,
        ),
      );
    for (const old of previous) {
      const d = old.data as Data;
      if (scopeKey(d.scope as Scope) === scopeKey(b.scope) && ms(d.effectiveFrom) < ms(b.effectiveFrom))
        await saveObject(ctx.tx, old, { data: { ...d, effectiveTo: b.effectiveFrom } }, ctx.now);
    }
    return {
      data: {
        tenantId,
        name: b.name,
        scope: { regions: b.scope.regions ?? [], occupationCodes: b.scope.occupationCodes ?? [] },
        rateBps: b.rateBps,
        capBps: b.capBps,
        fixedFeeFen,
        basis,
        negotiatedWith: (b.negotiatedWith as string | undefined) ?? null,
        effectiveFrom: b.effectiveFrom,
        effectiveTo: (b.effectiveTo as string | undefined) ?? null,
        disclosedAt: ctx.now,
        disclosureUrl: (b.disclosureUrl as string | undefined) ?? null,
      },
      isPublic: true,
    };
  },
};

/** `GET /commission-rules`: with `activeAt`, `region` (covering scopes) and `occupationCode` filters. */
export const commissionRulesList: CustomHandler = (ctx) => {
  const { activeAt, region, occupationCode, ...rest } = ctx.query;
  const filters: SQL[] = [];
  if (typeof activeAt === 'string') {
    const at = activeAt === 'now' ? ctx.now : activeAt;
    filters.push(
      sql`(${objects.data}->>'effectiveFrom')::timestamptz <= ${at}::timestamptz AND (${objects.data}->'effectiveTo' = 'null'::jsonb OR (${objects.data}->>'effectiveTo')::timestamptz > ${at}::timestamptz)`,
    );
  }
  if (typeof occupationCode === 'string')
    filters.push(
      sql`(jsonb_array_length(${objects.data}->'scope'->'occupationCodes') = 0 OR ${objects.data}->'scope'->'occupationCodes' @> jsonb_build_array(${occupationCode}::text))`,
    );
  if (typeof region === 'string')
    filters.push(
      sql`(jsonb_array_length(${objects.data}->'scope'->'regions') = 0 OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(${objects.data}->'scope'->'regions') r WHERE ${region} LIKE regexp_replace(r, '(00)+$', '') || '%'))`,
    );
  return listResource({ ...commissionRules, listFilters: () => filters }, { ...ctx, query: rest });
};
