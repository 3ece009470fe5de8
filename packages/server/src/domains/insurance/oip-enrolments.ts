import { eq, sql } from 'drizzle-orm';
import { ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { createResource, listResource } from '../../operations/generic.js';
import { saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { assertProvinceInScheme, oipBaseRate } from './oip-scheme.js';
import { addDays, before, type Data, field, findReferenced, findRows, shanghaiDay } from './support.js';

/** Worker-day enrolments in occupational-injury protection (按日参保, E4); the platform pays all. */
export const injuryProtectionEnrolments: ResourceDefinition = {
  type: 'InjuryProtectionEnrolment',
  // injuryProtectionEnrolments.list: latest day first
  listOrder: { fields: ['coverageDate'], direction: 'desc' },
  prefix: 'oie',
  label: 'injury-protection enrolment',
};

/**
 * `POST /injury-protection/enrolments`: enrols a worker for a day from the first order on, in a
 * province that is in the scheme that day. The same worker, day, province and industry again
 * updates `orderCount` (which never decreases) and answers `200`.
 */
export const injuryProtectionEnrolmentsCreate: CustomHandler = async (ctx) => {
  const body = ctx.body as Data;
  const date = body.coverageDate as string;
  await findReferenced(ctx, 'Worker', body.workerId as string, 'worker');
  if (date !== shanghaiDay(ctx.now) && date !== shanghaiDay(addDays(ctx.now, -1)))
    throw ruleViolation(`Enrolment is for today or yesterday (Asia/Shanghai), not ${date}.`);
  const firstOrderAt = body.firstOrderAt as string;
  if (shanghaiDay(firstOrderAt) !== date || before(ctx.now, firstOrderAt))
    throw ruleViolation(`firstOrderAt ${firstOrderAt} must lie within ${date} and not in the future.`);
  assertProvinceInScheme(body.province as string, date);
  oipBaseRate(ctx, body.province as string, date, body.industry as string, false);
  const orderCount = (body.orderCount as number | undefined) ?? 1;
  const [existing] = await findRows(
    ctx,
    'InjuryProtectionEnrolment',
    eq(objects.tenantId, ctx.caller?.tenantId as string),
    sql`${field('workerId')} = ${body.workerId as string}`,
    sql`${field('coverageDate')} = ${date}`,
    sql`${field('province')} = ${body.province as string}`,
    sql`${field('industry')} = ${body.industry as string}`,
  );
  if (existing) {
    const data = existing.data as Data;
    if (orderCount < (data.orderCount as number))
      throw ruleViolation(
        `orderCount only ever increases; enrolment ${existing.id} already counts ${data.orderCount} orders.`,
      );
    const saved = await saveObject(ctx.tx, existing, { data: { ...data, orderCount } }, ctx.now);
    return { status: 200, body: saved.data };
  }
  const created = await createResource(
    {
      ...injuryProtectionEnrolments,
      create: () => ({
        data: {
          platformTenantId: ctx.caller?.tenantId,
          workerId: body.workerId,
          province: body.province,
          industry: body.industry,
          coverageDate: date,
          firstOrderAt,
          orderCount,
          workerContributionFen: 0,
        },
      }),
    },
    ctx,
  );
  return { ...created, status: 201 };
};

/** `GET /injury-protection/enrolments`: plus the `coverageDateFrom`/`coverageDateTo` range. */
export const injuryProtectionEnrolmentsList: CustomHandler = (ctx) => {
  const { coverageDateFrom, coverageDateTo, ...rest } = ctx.query;
  const filters = [
    typeof coverageDateFrom === 'string' ? sql`${field('coverageDate')} >= ${coverageDateFrom}` : undefined,
    typeof coverageDateTo === 'string' ? sql`${field('coverageDate')} <= ${coverageDateTo}` : undefined,
  ];
  return listResource({ ...injuryProtectionEnrolments, listFilters: () => filters }, { ...ctx, query: rest });
};
