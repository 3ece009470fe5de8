import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../auth/caller.js';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { Visibility } from '../../spec/registry.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { CLIENTS, startTestServer } from '../../test-support/harness.js';
import { employerReviewActions } from './employer-review.js';
import { findEmployer, findWorker, hasActiveConsent, presentWorker } from './lookup.js';
import { MARKET, residentId, workerBody } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let workerId: string;
let atMarketId: string;
let ownId: string;

/** The context another area's handler would pass: the caller, its visibility and the transaction. */
function contextFor(client: keyof typeof CLIENTS, visibility: Visibility): OperationContext {
  const c = CLIENTS[client];
  const caller: Caller = { ...c, scopes: [...c.scopes], authMethod: 'API_KEY' };
  const nowDate = new Date('2025-07-01T01:00:00Z');
  return {
    caller,
    visibility,
    tx: server.db,
    nowDate,
    now: shanghaiIso(nowDate),
  } as unknown as OperationContext;
}

const problemOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return error as ProblemError;
};

beforeAll(async () => {
  server = await startTestServer();
  workerId = (await server.as('platformA')('POST', '/workers', workerBody(residentId('19900307', '123'))))
    .body.id;
  const marketId = (await server.as('operator')('POST', '/gig-markets', MARKET)).body.id;
  const org = {
    kind: 'ORGANIZATION',
    uscc: '91330110MA2KXY3L2E',
    legalName: '杭州某某家政服务有限公司',
    legalRepresentative: { name: '陈志强', idNumber: residentId('19750101', '441', '330106') },
    contactName: '李敏',
    contactMobile: '13705716201',
  };
  atMarketId = (await server.as('platformA')('POST', '/employers', { ...org, gigMarketId: marketId })).body
    .id;
  ownId = (await server.as('operator')('POST', '/employers', org)).body.id;
});
afterAll(() => server.close());

describe('findWorker', () => {
  it('returns the row to its tenant and to regulators, with the full number only in internal', async () => {
    const row = await findWorker(contextFor('platformA', 'own'), workerId);
    expect(row.id).toBe(workerId);
    expect((row.internal as { idNumber: string }).idNumber).toBe(residentId('19900307', '123'));
    expect(JSON.stringify(row.data)).not.toContain(residentId('19900307', '123'));
    expect((await findWorker(contextFor('regulator', 'all'), workerId)).id).toBe(workerId);
  });

  it('throws 404 for another tenant, even when its operation gives it `own` or `party`', async () => {
    expect((await problemOf(findWorker(contextFor('platformB', 'party'), workerId))).status).toBe(404);
  });

  it('presents the worker masked and without hardship categories to a tenant that is only a party', async () => {
    const row = await findWorker(contextFor('platformA', 'own'), workerId);
    const view = presentWorker(contextFor('platformB', 'party'), row);
    expect(view).toMatchObject({ sensitivity: 'MASKED' });
    expect(view).not.toHaveProperty('hardshipCategories');
    expect(hasActiveConsent(row, 'JOB_MATCHING', new Date())).toBe(false);
  });
});

describe('findEmployer', () => {
  it('returns an employer to the operator of its market (party) and throws 404 for others', async () => {
    expect((await findEmployer(contextFor('operator', 'party'), atMarketId)).id).toBe(atMarketId);
    expect((await problemOf(findEmployer(contextFor('platformB', 'own'), atMarketId))).status).toBe(404);
  });
});

describe('employer review by a market operator', () => {
  const approve = async (client: keyof typeof CLIENTS, row: ObjectRow) =>
    employerReviewActions.approve?.(contextFor(client, 'party'), row, {}, ['APPROVED']);

  it('lets the operator of the employer market approve, and refuses one registered elsewhere (403)', async () => {
    const atMarket = (await findById(server.db, atMarketId)) as ObjectRow;
    expect((await approve('operator', atMarket))?.to).toBe('APPROVED');
    const own = (await findById(server.db, ownId)) as ObjectRow;
    expect((await problemOf(approve('operator', own) as Promise<unknown>)).status).toBe(403);
  });

  it('refuses an employer on the wage-arrears blacklist (422, E11)', async () => {
    const row = (await findById(server.db, atMarketId)) as ObjectRow;
    const blacklist = {
      listed: true,
      entries: [
        {
          blacklistEntryId: 'blk_01J6B1ACK11ST0000000000000',
          kind: 'WAGE_ARREARS',
          listedAt: '2025-03-18T10:00:00+08:00',
          expiresAt: '2028-03-18T10:00:00+08:00',
        },
      ],
    };
    const listed = { ...row, data: { ...(row.data as object), blacklist } };
    const problem = await problemOf(approve('regulator', listed) as Promise<unknown>);
    expect(problem.status).toBe(422);
    expect(problem.detail).toMatch(/wage-arrears/);
  });
});
