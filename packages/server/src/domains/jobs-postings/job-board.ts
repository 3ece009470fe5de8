import { haversineMeters } from '@gigmarket/engine';
import { type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { findVisible } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { jobScope, presentJob } from './job-view.js';
import { jobs } from './jobs.js';
import { jobsInBox } from './match-geo.js';
import { offsetPage } from './paging.js';

type Data = Record<string, unknown>;

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
  const [lng, lat] = near.split(',').map(Number) as [number, number];
  const radius = Number(radiusM ?? 5000);
  // Only the jobs in the box around the point are read (GiST index); the radius is checked below.
  const box = jobsInBox({ lng, lat }, radius);
  const nearDef = { ...def, listFilters: () => [jobScope(ctx), ...extra, box] };
  const all = (
    await listResource(nearDef, { ...listCtx, query: { ...rest, cursor: undefined, limit: 100_000 } })
  ).body as { data: Data[] };
  const found = all.data
    .filter((j) => (j.location as Data).geo)
    .map((j) => ({
      ...j,
      distanceMeters: Math.round(
        haversineMeters({ lng, lat }, (j.location as Data).geo as { lng: number; lat: number }),
      ),
    }))
    .filter((j) => j.distanceMeters <= radius)
    .sort((a, b) => a.distanceMeters - b.distanceMeters);
  return offsetPage(ctx, found);
};

/** `GET /jobs/{jobId}`: a job the caller may read, masked for public readers. */
export const jobsGet: CustomHandler = async (ctx: OperationContext) => {
  const id = String(ctx.path.jobId);
  const row = await findVisible(ctx.tx, 'Job', id, jobScope(ctx));
  if (!row) throw notFound('job', id);
  return { body: presentJob(ctx, row) };
};
