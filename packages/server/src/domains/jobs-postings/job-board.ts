import { type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import type { CustomHandler, CustomResult } from '../../operations/definitions.js';
import { cursorPosition, genericFilters, listResource } from '../../operations/generic.js';
import { encodeCursor } from '../../store/cursor.js';
import { NEWEST_FIRST, sortKeyOf } from '../../store/list-order.js';
import { findVisible, listNearest } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { jobScope, presentJob } from './job-view.js';
import { jobs } from './jobs.js';
import { jobDistanceMeters, jobsInBox } from './match-geo.js';

/** Filters on nested fields, which the generic field equality cannot express. */
function nestedFilters(query: Record<string, unknown>): SQL[] {
  const filters: SQL[] = [];
  if (query.payMinFen !== undefined)
    filters.push(sql`(${objects.data}->'pay'->>'rateFen')::bigint >= ${Number(query.payMinFen)}`);
  if (typeof query.payUnit === 'string')
    filters.push(sql`${objects.data}->'pay'->>'unit' = ${query.payUnit}`);
  if (typeof query.startFrom === 'string')
    filters.push(
      sql`(${objects.data}->'schedule'->>'startAt')::timestamptz >= ${query.startFrom}::timestamptz`,
    );
  if (typeof query.startTo === 'string')
    filters.push(sql`(${objects.data}->'schedule'->>'startAt')::timestamptz < ${query.startTo}::timestamptz`);
  return filters;
}

/**
 * `GET /jobs`: the job board. Anyone sees published jobs whose `validFrom` has come; owners,
 * reviewers and regulators also their others. With `near`, the map search: jobs within `radiusM`
 * (default 5000 m), nearest first, each with `distanceMeters`. Points are compared in the system
 * they were given in (GCJ-02 by default), as the gig-market map does.
 */
export const jobsList: CustomHandler = async (ctx: OperationContext) => {
  const { payMinFen, payUnit, startFrom, startTo, near, radiusM, crs: _crs, ...rest } = ctx.query;
  const extra = nestedFilters({ payMinFen, payUnit, startFrom, startTo });
  const def = { ...jobs, listFilters: () => [jobScope(ctx), ...extra] };
  // Visibility is the job scope above (own + board), so the generic one is switched off.
  const listCtx = { ...ctx, visibility: 'all' as const, query: rest };
  if (typeof near !== 'string') return listResource(def, listCtx);
  return nearSearch(ctx, near, Number(radiusM ?? 5000), [
    jobScope(ctx),
    ...extra,
    ...genericFilters(listCtx),
  ]);
};

/**
 * The map search: jobs within `radius` metres of `near` (`lng,lat`), nearest first by the rounded
 * distance, equal distances in the board's order (`publishedAt`, then `createdAt`, newest first,
 * then the id). The database keeps the radius (prefiltered by the box the GiST index answers),
 * orders and cuts the page, so a request reads one page of jobs, not every job around the point.
 * The cursor holds the last job's distance, sort key and id: a job posted or withdrawn while a
 * client pages neither repeats nor skips the others.
 */
async function nearSearch(
  ctx: OperationContext,
  near: string,
  radius: number,
  conditions: Array<SQL | undefined>,
): Promise<CustomResult> {
  const [lng, lat] = near.split(',').map(Number) as [number, number];
  const limit = Number(ctx.query.limit ?? 20);
  const { cursor, limit: _l, ...filters } = ctx.query;
  const filterKey = JSON.stringify(filters);
  const position = cursorPosition(cursor, filterKey, true);
  const order = jobs.listOrder ?? NEWEST_FIRST;
  const rows = await listNearest(
    ctx.tx,
    jobs.type,
    [...conditions, jobsInBox({ lng, lat }, radius)],
    { meters: jobDistanceMeters({ lng, lat }), maxMeters: radius },
    position && { distance: position.distance ?? 0, key: position.key, id: position.id },
    limit,
    order,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ key: sortKeyOf(order, last), id: last.id, distance: last.distanceMeters }, filterKey)
      : null;
  const data = page.map(({ distanceMeters, ...row }) => ({ ...presentJob(ctx, row), distanceMeters }));
  return { body: { data, nextCursor } };
}

/** `GET /jobs/{jobId}`: a job the caller may read, masked for public readers. */
export const jobsGet: CustomHandler = async (ctx: OperationContext) => {
  const id = String(ctx.path.jobId);
  const row = await findVisible(ctx.tx, 'Job', id, jobScope(ctx));
  if (!row) throw notFound('job', id);
  return { body: presentJob(ctx, row) };
};
