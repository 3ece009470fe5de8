import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsFlow } from './test-support/flows/claims.js';
import { commonFlow } from './test-support/flows/common.js';
import { creditFlow } from './test-support/flows/credit.js';
import { creditRemediesFlow } from './test-support/flows/credit-remedies.js';
import { escrowDisputeFlow } from './test-support/flows/escrow-dispute.js';
import { declareFlow, enrolFlow } from './test-support/flows/injury-protection.js';
import { insuranceFlow } from './test-support/flows/insurance.js';
import { type Hiring, jobsFlow } from './test-support/flows/jobs.js';
import { openDataFlow, wageArrearsFlow } from './test-support/flows/oversight.js';
import { type Parties, partiesFlow } from './test-support/flows/parties.js';
import { reportingFlow } from './test-support/flows/reporting.js';
import { fundEscrow, settleFlow } from './test-support/flows/settlement.js';
import { subsidiesFlow } from './test-support/flows/subsidies.js';
import { doWork, prepareWork, type WorkOrders } from './test-support/flows/work.js';
import { startTestServer, type TestServer } from './test-support/harness.js';
import { createResponseRecorder } from './test-support/response-recorder.js';
import { specOperations } from './test-support/role-matrix.js';

/**
 * Every operation of the spec answers a 2xx that parses with its generated response schema: the
 * flows drive the standard end to end on one server, and the recorder parses each answer (issue #4).
 */
const recorder = createResponseRecorder();
let server: TestServer;
let parties: Parties;
let hiring: Hiring;
let orders: WorkOrders;

beforeAll(async () => {
  server = await startTestServer({ recorder, fetch: async () => new Response(null, { status: 204 }) });
});
afterAll(() => server.close());

describe('every operation, happy path, schema-checked', () => {
  it('runs the common operations', async () => {
    await commonFlow(server);
  });

  it('registers the parties', async () => {
    parties = await partiesFlow(server);
  });

  it('hires through jobs and applications', async () => {
    hiring = await jobsFlow(server, parties);
  });

  it('works the orders under signed contracts', async () => {
    orders = await prepareWork(server, hiring);
    const escrowId = await fundEscrow(server, parties, hiring);
    await doWork(server, orders);
    await settleFlow(server, escrowId, orders, hiring);
    await escrowDisputeFlow(server, parties, hiring);
  });

  it('publishes open data and enforces wage arrears', async () => {
    await openDataFlow(server);
    await wageArrearsFlow(server, parties.employerId, parties.workerId);
  });

  it('rates the settled work and keeps the credit record', async () => {
    const record = await creditFlow(server, parties, orders.done);
    await creditRemediesFlow(server, parties, record);
  });

  it('reports worker activity and the half-year employment report', async () => {
    await reportingFlow(server, parties.workerId);
  });

  it('insures the worker, handles claims and pays subsidies', async () => {
    const cover = await insuranceFlow(server, parties.workerId);
    const enrolment = await enrolFlow(server);
    await claimsFlow(server, cover, enrolment);
    await declareFlow(server);
    await subsidiesFlow(server, cover);
  });

  it('has answered every operation of the spec with a parsed 2xx', () => {
    const all = specOperations().map((op) => op.id);
    expect(all).toHaveLength(179);
    expect(all.filter((id) => !recorder.parsed.has(id)).sort()).toEqual([]);
  });
});
