import { oipMonthlyPremium } from '@gigmarket/engine';
import { eq, sql } from 'drizzle-orm';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { oipBaseRate } from './oip-scheme.js';
import { type Data, field, findReferenced, findRows, shanghaiDay } from './support.js';

/**
 * The platform's float on the base rate. The agency sets it yearly from fund use and injury rate
 * (Shanxi draft, E4); this server has no agency table for it yet, so no float applies (`0`).
 */
const FLOAT_BPS = 0;

/** The month's enrolments of the platform in the province and industry, for reconciliation. */
async function enrolledIn(ctx: Parameters<CustomHandler>[0], body: Data) {
  const rows = await findRows(
    ctx,
    'InjuryProtectionEnrolment',
    eq(objects.tenantId, ctx.caller?.tenantId as string),
    sql`${field('province')} = ${body.province as string}`,
    sql`${field('industry')} = ${body.industry as string}`,
    sql`${field('coverageDate')} LIKE ${`${body.month}-%`}`,
  );
  return {
    enrolmentOrderCount: rows.reduce((s, r) => s + ((r.data as Data).orderCount as number), 0),
    enrolmentWorkerDays: rows.length,
  };
}

/** Monthly declarations: `premiumFen = orderCount × rateFen`, rounded half up once (engine `oipMonthlyPremium`). */
export const injuryProtectionDeclarations: ResourceDefinition = {
  type: 'InjuryProtectionDeclaration',
  // injuryProtectionDeclarations.list: latest month first
  listOrder: { fields: ['month'], direction: 'desc' },
  prefix: 'oid',
  label: 'injury-protection declaration',
  async create(ctx, body) {
    const month = body.month as string;
    if (month >= shanghaiDay(ctx.now).slice(0, 7))
      throw ruleViolation(`A declaration is for a past month (上月总单量, E4); ${month} has not ended.`);
    const { rules, rate } = oipBaseRate(
      ctx,
      body.province as string,
      `${month}-01`,
      body.industry as string,
      body.firstYear as boolean,
    );
    const premium = oipMonthlyPremium({
      industry: rate.industry,
      firstYear: body.firstYear as boolean,
      orderCount: body.orderCount as number,
      floatBps: FLOAT_BPS,
      rules,
    });
    if (!premium.ok) throw ruleViolation(`${premium.error.message} (${premium.error.code}, E4).`);
    const enrolled = await enrolledIn(ctx, body);
    if ((body.orderCount as number) < enrolled.enrolmentOrderCount)
      throw ruleViolation(
        `orderCount ${body.orderCount} is below the ${enrolled.enrolmentOrderCount} orders enrolled in ${month}; declare at least the enrolled orders.`,
      );
    const [current] = await findRows(
      ctx,
      'InjuryProtectionDeclaration',
      eq(objects.tenantId, ctx.caller?.tenantId as string),
      sql`${field('province')} = ${body.province as string}`,
      sql`${field('industry')} = ${body.industry as string}`,
      sql`${field('month')} = ${month}`,
      sql`${objects.data}->'supersededBy' = 'null'::jsonb`,
    );
    if (body.correctionOf) {
      const corrected = await findReferenced(
        ctx,
        'InjuryProtectionDeclaration',
        body.correctionOf as string,
        'injury-protection declaration',
        true,
      );
      if (corrected.id !== current?.id)
        throw new ProblemError(
          409,
          'conflict',
          `Declaration ${corrected.id} is not the current declaration for ${body.province} ${body.industry} ${month}${current ? `; correct ${current.id}` : ''}.`,
        );
    } else if (current) {
      throw new ProblemError(
        409,
        'conflict',
        `Declaration ${current.id} already covers ${body.province} ${body.industry} ${month}; send a correction with correctionOf (更正申报).`,
      );
    }
    const id = ctx.newId('oid');
    if (current)
      await saveObject(ctx.tx, current, { data: { ...(current.data as Data), supersededBy: id } }, ctx.now);
    return {
      data: {
        id,
        platformTenantId: ctx.caller?.tenantId,
        ...body,
        baseRateFen: rate.baseRateFen,
        floatBps: FLOAT_BPS,
        rateFen: (rate.baseRateFen * (10_000 + FLOAT_BPS)) / 10_000,
        premiumFen: premium.value.premiumFen,
        ...enrolled,
        correctionOf: body.correctionOf ?? null,
        supersededBy: null,
        declaredAt: ctx.now,
      },
    };
  },
};

/** `GET /injury-protection/declarations`: `current=true` leaves out superseded declarations. */
export const injuryProtectionDeclarationsList: CustomHandler = (ctx) => {
  const { current, ...rest } = ctx.query;
  const filters = [
    current === true ? sql`${objects.data}->'supersededBy' = 'null'::jsonb` : undefined,
    current === false ? sql`${objects.data}->'supersededBy' <> 'null'::jsonb` : undefined,
  ];
  return listResource(
    { ...injuryProtectionDeclarations, listFilters: () => filters },
    { ...ctx, query: rest },
  );
};
