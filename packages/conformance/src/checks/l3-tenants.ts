import { ensure, type RunContext } from '../context.js';
import { draftJob, newEscrow, newWorker } from '../fixtures/objects.js';
import { call, type Resource } from '../http/call.js';
import type { Check } from '../types.js';
import { ensureProblem } from './assert.js';

/** Objects of the kit's tenant (A) that the second tenant (B) must never see. */
function tenantA(ctx: RunContext) {
  if (!ctx.hasCredentials('second'))
    ctx.skip('Tenant isolation needs a second tenant: pass --second-client-id/--second-client-secret.');
  return ctx.once('tenantA', async () => ({
    worker: await newWorker(ctx),
    job: await draftJob(ctx),
    escrow: await newEscrow(ctx),
  }));
}

const ids = (page: { data: Resource[] }) => page.data.map((o) => o.id);

/** Level 3: tenant isolation (conventions.md §7): another tenant's object is a missing one. */
export const tenantChecks: Check[] = [
  {
    id: 'COM-TEN-001',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'Another tenant’s worker, job and escrow are 404 not-found, exactly like missing ones',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const a = await tenantA(ctx);
      for (const path of [`/workers/${a.worker.id}`, `/jobs/${a.job.id}`, `/escrows/${a.escrow.id}`]) {
        ensureProblem(await ctx.probe({ path, as: 'second' }), 404, 'not-found', `GET ${path} as tenant B`);
      }
    },
  },
  {
    id: 'COM-TEN-002',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'Another tenant’s objects never appear in lists',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const a = await tenantA(ctx);
      const workers = ids(await call(ctx, 'workers.list', { query: { limit: 100 } }, 'second'));
      ensure(!workers.includes(a.worker.id), `tenant B's workers.list shows A's worker ${a.worker.id}.`);
      const escrows = ids(await call(ctx, 'escrows.list', { query: { limit: 100 } }, 'second'));
      ensure(!escrows.includes(a.escrow.id), `tenant B's escrows.list shows A's escrow ${a.escrow.id}.`);
      const jobs = ids(await call(ctx, 'jobs.list', { query: { limit: 100 } }, 'second'));
      ensure(!jobs.includes(a.job.id), `tenant B's jobs.list shows A's draft job ${a.job.id}.`);
    },
  },
  {
    id: 'COM-TEN-003',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'Another tenant’s changes never appear in the event feed',
    spec: 'conventions.md#9-events-and-webhooks',
    run: async (ctx) => {
      const a = await tenantA(ctx);
      const own = [a.worker.id, a.job.id, a.escrow.id];
      for (const objectId of own) {
        const res = await ctx.probe({ path: `/events?objectId=${objectId}&limit=100`, as: 'second' });
        ensure(res.status === 200, `GET /events?objectId=… as tenant B answered ${res.status}.`);
        ensure(
          res.body.data.length === 0,
          `tenant B's event feed shows ${res.body.data.length} events of A's ${objectId}.`,
        );
      }
      const feed = await ctx.probe({ path: '/events?limit=100', as: 'second' });
      const leaked = (feed.body?.data ?? []).filter((e: { data?: { object?: { id?: string } } }) =>
        own.includes(e.data?.object?.id ?? ''),
      );
      ensure(
        leaked.length === 0,
        `tenant B's event feed shows A's objects: ${JSON.stringify(leaked.map((e: { id: string }) => e.id))}.`,
      );
    },
  },
  {
    id: 'COM-TEN-004',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'Another tenant’s action on an object is 404 and changes nothing',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const a = await tenantA(ctx);
      const res = await ctx.probe({
        method: 'POST',
        path: `/jobs/${a.job.id}/cancel`,
        body: {},
        as: 'second',
      });
      ensureProblem(res, 404, 'not-found', `POST /jobs/${a.job.id}/cancel as tenant B`);
      const after = await call(ctx, 'jobs.get', { path: { jobId: a.job.id } });
      ensure(after.status === a.job.status, `B's refused cancel changed A's job to ${after.status}.`);
    },
  },
  {
    id: 'JOB-PII-001',
    level: 3,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Personal data is masked without consent: no full ID number or mobile in a worker',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const worker = await newWorker(ctx);
      const read = await ctx.probe({ path: `/workers/${worker.id}` });
      ensure(read.status === 200, `GET /workers/${worker.id} answered ${read.status}.`);
      for (const field of ['idNumber', 'mobile'])
        ensure(!(field in read.body), `a worker without consent must not carry ${field} in full.`);
      ensure(
        /^\d{6}\*+[\dX]{4}$/.test(String(read.body.idNumberMasked)),
        `idNumberMasked "${read.body.idNumberMasked}" is not masked like 140121********1230.`,
      );
      ensure(
        /^\d{3}\*{4}\d{4}$/.test(String(read.body.mobileMasked)),
        `mobileMasked "${read.body.mobileMasked}" is not masked like 138****5678.`,
      );
    },
  },
];
