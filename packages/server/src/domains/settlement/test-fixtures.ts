import { ulid } from 'ulid';
import { expect } from 'vitest';
import { shanghaiIso } from '../../context.js';
import type { Database } from '../../store/database.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS, type startTestServer } from '../../test-support/harness.js';

type Data = Record<string, unknown>;
export type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Platform A publishes the job and runs the escrow; platform B registered the workers. */
export const RUNNER = CLIENTS.platformA.tenantId;
export const WORKER_TENANT = CLIENTS.platformB.tenantId;
export const id = (prefix: string) => `${prefix}_${ulid()}`;
let n = 0;
/** A fresh Idempotency-Key header. */
export const key = () => ({
  'Idempotency-Key': `settle-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`,
});

async function put(
  db: Database,
  type: string,
  tenantId: string,
  data: Data,
  status: string | null,
  parties: string[] = [],
) {
  const at = '2025-07-01T09:00:00+08:00';
  await insertObject(db, {
    id: String(data.id),
    type,
    tenantId,
    partyTenantIds: parties,
    isPublic: false,
    status,
    data: { ...data, ...(status ? { status } : {}), createdAt: at, updatedAt: at },
    internal: {},
    createdAt: at,
    updatedAt: at,
  });
}

/**
 * The Yuhang example as fixture rows (the jobs domain's create operations are other areas'): an
 * employer, a housekeeping job with `openings` workers at 20000 fen, and one assignment per worker
 * in `status`, written straight into the store.
 */
export async function seedJob(
  db: Database,
  opts: { openings?: number; status?: string; occupationCode?: string; jobStatus?: string } = {},
) {
  const openings = opts.openings ?? 3;
  const employerId = id('emp');
  const jobId = id('job');
  await put(db, 'Employer', RUNNER, { id: employerId, legalName: '杭州某某家政服务有限公司' }, null);
  await put(
    db,
    'Job',
    RUNNER,
    {
      id: jobId,
      employerId,
      title: '小区开荒保洁（日结）',
      occupationCode: opts.occupationCode ?? '4-10-01-06',
      openings,
      openingsFilled: openings,
      location: { region: '330110' },
      schedule: { startAt: '2025-07-05T08:00:00+08:00', endAt: '2025-07-05T17:00:00+08:00' },
      pay: { unit: 'PER_DAY', rateFen: 20000, payCycle: 'DAILY' },
    },
    opts.jobStatus ?? 'FILLED',
  );
  const workers: string[] = [];
  const assignments: string[] = [];
  for (let i = 0; i < openings; i++) {
    const workerId = id('wkr');
    const assignmentId = id('asg');
    await put(
      db,
      'Worker',
      WORKER_TENANT,
      { id: workerId, name: ['王建国', '陈小明', '张红梅'][i % 3] },
      null,
    );
    await put(
      db,
      'Assignment',
      RUNNER,
      {
        id: assignmentId,
        jobId,
        workerId,
        employerId,
        agreedPayFen: 20000,
        escrowId: null,
        plannedStart: '2025-07-05T08:00:00+08:00',
        plannedEnd: '2025-07-05T17:00:00+08:00',
        submittedAt: null,
        autoAcceptAt: null,
      },
      opts.status ?? 'COMPLETED_PENDING_CONFIRMATION',
      [WORKER_TENANT],
    );
    workers.push(workerId);
    assignments.push(assignmentId);
  }
  return { employerId, jobId, workers, assignments };
}

/** Sets an assignment's status (as the jobs domain would). */
export async function setAssignment(server: Server, assignmentId: string, status: string, data: Data = {}) {
  const { sql } = await import('drizzle-orm');
  await server.db.execute(
    sql`UPDATE objects SET status = ${status}, data = data || ${JSON.stringify({ ...data, status })}::jsonb WHERE id = ${assignmentId}`,
  );
}

/** Platform A's commission rule, in effect from now. */
export async function publishRule(
  server: Server,
  now: Date,
  terms: Data = {},
  client: 'platformA' | 'platformB' = 'platformA',
) {
  const res = await server.as(client)('POST', '/commission-rules', {
    name: '家政服务订单抽成规则',
    scope: {},
    rateBps: 1000,
    capBps: 1500,
    fixedFeeFen: 0,
    effectiveFrom: shanghaiIso(now),
    ...terms,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** A funded and held job escrow for a seeded job. */
export async function heldEscrow(
  server: Server,
  seeded: { jobId: string; employerId: string },
  amountFen = 60000,
) {
  const created = await server.as('platformA')(
    'POST',
    '/escrows',
    { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen, provider: 'WECHAT_PAY' },
    key(),
  );
  expect(created.status).toBe(201);
  const escrowId = created.body.id as string;
  const funded = await server.as('platformA')(
    'POST',
    `/escrows/${escrowId}/fund`,
    { providerTransactionId: `42000${Date.now()}${++n}` },
    key(),
  );
  expect(funded.status).toBe(200);
  const held = await server.as('platformA')('POST', `/escrows/${escrowId}/hold`, {});
  expect(held.body.status).toBe('HELD');
  return held.body as Data & { id: string; allocations: Data[] };
}

/** Moves the sandbox clock (time-based rules and the sandbox provider's confirmations run). */
export async function advance(server: Server, by: string) {
  const res = await server.as('platformA')('POST', '/sandbox/clock/advance', { by });
  expect(res.status).toBe(200);
}
