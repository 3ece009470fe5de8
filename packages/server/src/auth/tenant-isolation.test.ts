import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsFlow } from '../test-support/flows/jobs.js';
import { partiesFlow } from '../test-support/flows/parties.js';
import { fundEscrow, settleFlow } from '../test-support/flows/settlement.js';
import { doWork, prepareWork } from '../test-support/flows/work.js';
import { CLIENTS, type ClientName, startTestServer, type TestServer } from '../test-support/harness.js';
import {
  leakedIds,
  listQueries,
  type OwnedObject,
  objectsOwnedBy,
  pathWith,
} from '../test-support/isolation.js';
import { specOperations } from '../test-support/role-matrix.js';

/**
 * Conventions §7: another tenant's object is answered exactly like a missing one and never appears
 * in anything a stranger receives. Platform A (with an HR agency, the operator and the regulator
 * as the other sides) runs the standard's flows; then a second platform and a worker app, parties
 * to none of it, call every operation with those objects' ids and every list with id filters.
 */
let server: TestServer;
let owned: OwnedObject[];
let secret: Set<string>;
const strangers: ClientName[] = ['platformB', 'workerApp'];
const insiders: ClientName[] = ['platformA', 'hrAgency', 'operator', 'regulator'];

beforeAll(async () => {
  server = await startTestServer({ fetch: async () => new Response(null, { status: 204 }) });
  const parties = await partiesFlow(server);
  const hiring = await jobsFlow(server, parties);
  const orders = await prepareWork(server, hiring);
  const escrowId = await fundEscrow(server, parties, hiring);
  await doWork(server, orders);
  await settleFlow(server, escrowId, orders, hiring);
  await server.as('platformA')('POST', '/webhook-subscriptions', {
    url: 'https://hooks.platform-a.example.cn/gigmarket',
    eventTypes: ['escrow.released'],
  });
  owned = await objectsOwnedBy(
    server.db,
    insiders.map((c) => CLIENTS[c].tenantId),
  );
  // Published jobs, listed markets and commission rules are public by design; everything else is not.
  secret = new Set(owned.filter((o) => !o.isPublic).map((o) => o.id));
}, 120_000);
afterAll(() => server.close());

describe('tenant isolation', () => {
  it('starts from a broad set of private objects', () => {
    const types = new Set(owned.filter((o) => secret.has(o.id)).map((o) => o.type));
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        'Application',
        'Assignment',
        'Contract',
        'Dispute',
        'Employer',
        'Escrow',
        'Payout',
        'Worker',
      ]),
    );
    expect(secret.size).toBeGreaterThan(20);
  });

  it('answers a stranger on foreign ids exactly as on missing ones (404 for reads) and leaks no id anywhere', async () => {
    const wrong: string[] = [];
    let probes = 0;
    for (const op of specOperations()) {
      if (op.id === 'auth.token' || op.id === 'sandboxClock.advance') continue;
      const withIds = op.path.includes('{');
      const targets = withIds
        ? [
            pathWith(
              op,
              owned.filter((o) => secret.has(o.id)),
            ),
          ]
        : listQueries(op, owned).map((q) => `${op.path}${q}`);
      for (const path of targets) {
        if (!path || (!withIds && op.method !== 'GET')) continue;
        for (const stranger of strangers) {
          const { role } = CLIENTS[stranger];
          const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : {};
          const call = (p: string) =>
            server.as(stranger)(op.method, p, body, { 'Idempotency-Key': `isolation-probe-${++probes}` });
          const res = await call(path);
          // A 404's detail names the id the caller sent; any other protected id is a leak.
          const leaks = leakedIds(res.body, secret).filter((id) => !path.includes(id));
          if (leaks.length) wrong.push(`${op.id} ${path} as ${stranger} leaked ${leaks.join(', ')}`);
          if (!withIds) continue;
          // "Indistinguishable from a missing one": the same request on ids that exist nowhere.
          const missing = await call(
            path.replace(/([a-z]{3})_[0-9A-HJKMNP-TV-Z]{26}/g, '$1_00000000000000000000000000'),
          );
          if (res.status !== missing.status || res.body?.type !== missing.body?.type)
            wrong.push(
              `${op.id} as ${stranger}: ${res.status} ${res.body?.type}, missing ids: ${missing.status}`,
            );
          const sees = op.roles[role];
          if (
            op.method === 'GET' &&
            role in op.roles &&
            sees !== 'all' &&
            sees !== 'public' &&
            res.status !== 404
          )
            wrong.push(`${op.id} ${path} as ${stranger}: ${res.status}, expected 404`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(probes).toBeGreaterThan(200);
  });

  it('lets the owner read the same objects, so the 404s above are about the caller, not the ids', async () => {
    const escrow = owned.find((o) => o.type === 'Escrow' && secret.has(o.id));
    expect((await server.as('platformA')('GET', `/escrows/${escrow?.id}`)).status).toBe(200);
    const worker = owned.find((o) => o.type === 'Worker');
    expect((await server.as('hrAgency')('GET', `/workers/${worker?.id}`)).status).toBe(200);
  });
});

describe('the leak detector can fail', () => {
  const id = 'esc_01J4ESCR0W0000000000000000';
  it('finds a protected id nested anywhere in a body, or in a text body, and ignores other ids', () => {
    expect(leakedIds({ data: [{ allocations: [{ escrowId: id }] }] }, new Set([id]))).toEqual([id]);
    expect(leakedIds(`id,amount\n${id},100`, new Set([id]))).toEqual([id]);
    expect(leakedIds({ id: 'esc_01J4ESCR0W0000000000000001' }, new Set([id]))).toEqual([]);
    expect(leakedIds(undefined, new Set([id]))).toEqual([]);
  });
});
