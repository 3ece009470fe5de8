import { accidentInsuranceSubsidy, quotePremium, type RiskClass, sumInsuredForAge } from '@gigmarket/engine';
import { isWithinRegion } from '@gigmarket/identifiers';
import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition, Sweep } from '../../operations/definitions.js';
import { findById, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { resolveCover } from './quote-cover.js';
import {
  accidentRule,
  countsForSubsidy,
  purchasesOf,
  subsidisedPurchases,
  workerPolicies,
  yearOf,
} from './subsidy-rules.js';
import { addDays, before, type Data, rulesFor } from './support.js';
import { workerAgeOn } from './workers.js';

/** Quotes are valid 24 hours, or until cover starts if earlier (PROPOSAL, docs/domains/insurance.md §Quotes). */
const QUOTE_VALIDITY_DAYS = 1;

/** The premium of one unit from the product's table (engine `quotePremium`); `UNINSURABLE` and unpriced classes are `422`. */
function premiumFor(product: Data, riskClass: string): number {
  const table = Object.fromEntries(
    (product.premiumTable as Array<{ riskClass: string; premiumFen: number }>).map((e) => [
      Number(e.riskClass),
      e.premiumFen,
    ]),
  );
  // The engine prices orders, days and months; a project is one unit bought as a whole, priced like one order.
  const basis = product.premiumBasis === 'PER_PROJECT' ? 'PER_ORDER' : (product.premiumBasis as 'PER_ORDER');
  const result = quotePremium({
    product: { premiumBasis: basis, premiumTable: table },
    riskClass: (riskClass === 'UNINSURABLE' ? 'UNINSURABLE' : Number(riskClass)) as RiskClass,
    basis,
    orderCount: 1,
    days: 1,
    months: 1,
  } as Parameters<typeof quotePremium>[0]);
  if (!result.ok) throw ruleViolation(`${result.error.message} (${result.error.code}, E21).`);
  return result.value.premiumFen;
}

/** The subsidy this cover would add for the worker this year under the region's rule, after the yearly cap. */
async function estimateSubsidy(ctx: OperationContext, cover: Data, region: string) {
  const rules = rulesFor(ctx, region, cover.coverageStart as string);
  if (cover.payer === 'GOVERNMENT' || !countsForSubsidy(rules, cover.premiumBasis as string))
    return { subsidyFen: 0, subsidyRule: null };
  const year = yearOf(cover.coverageStart as string);
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const existing = subsidisedPurchases(rules, await workerPolicies(ctx, cover.workerId as string), from, to);
  const withThis = [...existing, ...purchasesOf(cover, from, to)];
  const due = (purchases: typeof existing) =>
    accidentInsuranceSubsidy({ purchases, date: to, rules })?.amountFen ?? 0;
  const subsidyFen = Math.max(0, due(withThis) - due(existing));
  return { subsidyFen, subsidyRule: subsidyFen > 0 ? accidentRule(rules, region) : null };
}

/** Quotes: priced offers for one worker under one product; no actions, they expire by timer. */
export const insuranceQuotes: ResourceDefinition = {
  type: 'InsuranceQuote',
  prefix: 'quo',
  label: 'insurance quote',
  async create(ctx, body) {
    const productRow = await findById(ctx.tx, body.productId as string);
    if (productRow?.type !== 'InsuranceProduct')
      throw notFound('insurance product', body.productId as string);
    const product = productRow.data as Data;
    if (!(product.allowedPayers as string[]).includes(body.payer as string))
      throw ruleViolation(
        `Product ${product.id} may be paid by ${(product.allowedPayers as string[]).join(', ')}, not ${body.payer}.`,
      );
    const cover = await resolveCover(ctx, product, body);
    const day = (cover.coverageStart as string).slice(0, 10);
    if (
      day < (product.effectiveFrom as string) ||
      (product.effectiveTo && day > (product.effectiveTo as string))
    )
      throw ruleViolation(
        `Product ${product.id} covers dates ${product.effectiveFrom} to ${product.effectiveTo ?? 'open'}, not ${day}.`,
      );
    if (!(product.regions as string[]).some((r) => isWithinRegion(cover.region, r)))
      throw ruleViolation(`Product ${product.id} is not sold in region ${cover.region}.`);
    const age = workerAgeOn(cover.worker, cover.coverageStart);
    const eligible = product.eligibleAge as { minAge: number; maxAge: number };
    if (age < eligible.minAge || age > eligible.maxAge)
      throw ruleViolation(
        `Worker ${cover.worker.id} is ${age} on the coverage start; product ${product.id} insures ages ${eligible.minAge}–${eligible.maxAge}.`,
      );
    const rules = rulesFor(ctx, cover.region, cover.coverageStart);
    const sum = sumInsuredForAge(
      age,
      product.sumInsuredByAge as Array<{ minAge: number; maxAge: number; sumInsuredFen: number }>,
      rules.maxSumInsuredFen.value,
    );
    if (!sum.ok) throw ruleViolation(`${sum.error.message} (seed 001).`);
    const data: Data = {
      productId: product.id,
      workerId: cover.worker.id,
      assignmentId: cover.assignmentId,
      premiumBasis: product.premiumBasis,
      coverageDate: cover.coverageDate,
      riskClass: cover.riskClass,
      coverageStart: cover.coverageStart,
      coverageEnd: cover.coverageEnd,
      workerAge: age,
      premiumFen: premiumFor(product, cover.riskClass),
      sumInsuredFen: sum.value,
      payer: body.payer,
      policyId: null,
    };
    // Cover that has already begun (today's day cover) stays bindable until it ends, not until its start.
    const bindableUntil = before(ctx.now, cover.coverageStart) ? cover.coverageStart : cover.coverageEnd;
    const expires = addDays(ctx.now, QUOTE_VALIDITY_DAYS);
    data.expiresAt = before(bindableUntil, expires) ? bindableUntil : expires;
    Object.assign(data, await estimateSubsidy(ctx, data, cover.region));
    return { data, status: 'OPEN', partyTenantIds: [productRow.tenantId] };
  },
};

/** OPEN → EXPIRED at `expiresAt` (timer). */
export const expireQuotes: Sweep = async (ctx) => {
  const due = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'InsuranceQuote'),
        eq(objects.status, 'OPEN'),
        sql`(${objects.data}->>'expiresAt')::timestamptz <= ${ctx.now}::timestamptz`,
      ),
    );
  for (const row of due) await saveObject(ctx.tx, row, { status: 'EXPIRED' }, ctx.now);
};
