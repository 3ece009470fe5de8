import type { MiddlewareHandler } from 'hono';
import { PRIMARY_API_KEY, type startReferenceServer } from './reference-server.js';

type Api = Parameters<NonNullable<NonNullable<Parameters<typeof startReferenceServer>[0]>['tamper']>>[0];

const json = (body: unknown, status: number, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/**
 * The reference server with five deliberate defects, one per kind the kit must report:
 * - wrong status code: malformed JSON is answered 500 instead of 400 (COM-ERR-001);
 * - missing required field: gig-market pages lose `nextCursor` (COM-PAG-001, JOB-SCH-001);
 * - cross-tenant leak: a 404 on GET /workers|jobs|escrows/{id} is retried as tenant A (COM-TEN-001);
 * - ignored Idempotency-Key: POST /workers drops the header (COM-IDM-001, COM-IDM-002);
 * - illegal transition accepted: a refused jobs.pause answers 200 with the job "PAUSED" (JOB-JOB-003).
 */
export const brokenFixture =
  (api: Api): MiddlewareHandler =>
  async (c, next) => {
    const { method } = c.req;
    const path = new URL(c.req.url).pathname;
    if (method === 'POST' && path === '/v1/workers' && c.req.header('idempotency-key')) {
      const headers = new Headers(c.req.raw.headers);
      headers.delete('idempotency-key');
      return api.fetch(new Request(c.req.url, { method, headers, body: await c.req.text() }));
    }
    await next();
    const res = c.res;
    if (res.status === 400) {
      const problem = await res
        .clone()
        .json()
        .catch(() => ({}));
      if (String(problem.type).endsWith('/malformed-request'))
        c.res = json({ message: 'Internal Server Error' }, 500);
    } else if (method === 'GET' && path === '/v1/gig-markets' && res.status === 200) {
      const { nextCursor: _dropped, ...page } = await res.clone().json();
      c.res = json(page, 200);
    } else if (method === 'GET' && res.status === 404 && /^\/v1\/(workers|jobs|escrows)\/[^/]+$/.test(path)) {
      c.res = await api.request(path, { headers: { 'X-Api-Key': PRIMARY_API_KEY } });
    } else if (method === 'POST' && res.status === 409 && /^\/v1\/jobs\/[^/]+\/pause$/.test(path)) {
      const job = await (
        await api.request(path.replace(/\/pause$/, ''), { headers: { 'X-Api-Key': PRIMARY_API_KEY } })
      ).json();
      c.res = json({ ...job, status: 'PAUSED' }, 200);
    }
  };
