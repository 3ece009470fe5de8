import { DEFAULT_RULES } from '@gigmarket/engine';
import { sql } from 'drizzle-orm';
import { ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { objects } from '../../store/schema.js';
import type { Data } from './support.js';

type Band = { minAge: number; maxAge: number; sumInsuredFen: number };

/**
 * The product rules of docs/domains/insurance.md §Products: a premium table with one entry per
 * insurable class and never `UNINSURABLE`, age bands covering `eligibleAge` exactly, one coverage
 * per type and a validity that does not end before it starts. Each failure is `422`.
 */
function checkProduct(body: Data): void {
  const table = body.premiumTable as Array<{ riskClass: string }>;
  const classes = table.map((e) => e.riskClass);
  if (classes.includes('UNINSURABLE'))
    throw ruleViolation(
      'A premium table never prices UNINSURABLE (拒保, E21); list only classes 1–6 (docs/domains/insurance.md §Products).',
    );
  const duplicate = classes.find((c, i) => classes.indexOf(c) !== i);
  if (duplicate)
    throw ruleViolation(`The premium table has two entries for risk class ${duplicate}; give one per class.`);
  const coverageTypes = (body.coverages as Array<{ type: string }>).map((c) => c.type);
  const twice = coverageTypes.find((c, i) => coverageTypes.indexOf(c) !== i);
  if (twice) throw ruleViolation(`The coverages list ${twice} twice; give at most one entry per type.`);
  const { minAge, maxAge } = body.eligibleAge as { minAge: number; maxAge: number };
  if (minAge > maxAge) throw ruleViolation(`eligibleAge.minAge ${minAge} is above maxAge ${maxAge}.`);
  const bands = [...(body.sumInsuredByAge as Band[])].sort((a, b) => a.minAge - b.minAge);
  let next = minAge;
  const max = DEFAULT_RULES.maxSumInsuredFen;
  for (const band of bands) {
    if (band.sumInsuredFen > max.value)
      throw ruleViolation(
        `A sum insured of ${band.sumInsuredFen} fen is above the maximum ${max.value} fen (${max.source}).`,
      );
    if (band.minAge > band.maxAge)
      throw ruleViolation(`The age band ${band.minAge}–${band.maxAge} ends before it starts.`);
    if (band.minAge !== next)
      throw ruleViolation(
        band.minAge < next
          ? `The age bands overlap at age ${band.minAge}; bands must not overlap (docs/domains/insurance.md §Products).`
          : `The age bands leave ages ${next}–${band.minAge - 1} of eligibleAge without a sum insured.`,
      );
    next = band.maxAge + 1;
  }
  if (next !== maxAge + 1)
    throw ruleViolation(
      `The age bands must cover eligibleAge ${minAge}–${maxAge} exactly; they end at ${next - 1}.`,
    );
  if (typeof body.effectiveTo === 'string' && body.effectiveTo < (body.effectiveFrom as string))
    throw ruleViolation(`effectiveTo ${body.effectiveTo} is before effectiveFrom ${body.effectiveFrom}.`);
}

/** Insurance products: published by insurers, public, immutable. */
export const insuranceProducts: ResourceDefinition = {
  type: 'InsuranceProduct',
  prefix: 'ipr',
  label: 'insurance product',
  create: (ctx, body) => {
    checkProduct(body);
    return {
      data: {
        ...body,
        insurerName: ctx.caller?.tenantName,
        includesCommute: body.includesCommute ?? false,
        effectiveTo: body.effectiveTo ?? null,
      },
      isPublic: true,
    };
  },
  notEditable: () => 'Insurance products are immutable; publish a new product for new terms.',
};

/**
 * `GET /insurance-products`: the generic list plus filters on computed facts: `region` (a product
 * sold in a province or prefecture covers its districts), `riskClass` (priced in the table),
 * `occupationCode` (allowed by the product) and `coverageDate` (within the validity).
 */
export const insuranceProductsList: CustomHandler = (ctx) => {
  const { region, riskClass, occupationCode, coverageDate, ...rest } = ctx.query;
  const filters = [
    typeof region === 'string'
      ? sql`EXISTS (SELECT 1 FROM jsonb_array_elements_text(${objects.data}->'regions') r
          WHERE ${region} LIKE regexp_replace(r, '(00)+$', '') || '%')`
      : undefined,
    typeof riskClass === 'string'
      ? sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${objects.data}->'premiumTable') e
          WHERE e->>'riskClass' = ${riskClass})`
      : undefined,
    typeof occupationCode === 'string'
      ? sql`(${objects.data}->'occupationCodes' IS NULL OR ${objects.data}->'occupationCodes' @> to_jsonb(${occupationCode}::text))`
      : undefined,
    typeof coverageDate === 'string'
      ? sql`${objects.data}->>'effectiveFrom' <= ${coverageDate} AND coalesce(${objects.data}->>'effectiveTo', '9999-12-31') >= ${coverageDate}`
      : undefined,
  ];
  return listResource({ ...insuranceProducts, listFilters: () => filters }, { ...ctx, query: rest });
};
