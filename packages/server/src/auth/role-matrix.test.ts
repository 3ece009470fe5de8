import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENTS,
  type ClientName,
  ROLE_CLIENTS,
  startTestServer,
  type TestServer,
} from '../test-support/harness.js';
import { judgeAuthorization, probeRequest, specAllows, specOperations } from '../test-support/role-matrix.js';

/**
 * Every operation × every role (and anonymous, and the two narrow-scope clients), generated from the
 * spec's `x-roles` and `security`: who is refused gets the documented problem, who is allowed is
 * never told 401/403. Tenant isolation is tenant-isolation.test.ts.
 */
let server: TestServer;
const columns: Array<ClientName | null> = [
  null,
  ...(Object.values(ROLE_CLIENTS) as ClientName[]),
  'readOnly',
  'operatorWithoutAdmin',
];

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the authorization matrix', () => {
  it('has a client for every role the spec names, so no column of the matrix is missing', () => {
    const specRoles = new Set(specOperations().flatMap((op) => Object.keys(op.roles)));
    specRoles.delete('anonymous');
    expect([...specRoles].sort()).toEqual(Object.keys(ROLE_CLIENTS).sort());
    for (const [role, client] of Object.entries(ROLE_CLIENTS)) expect(CLIENTS[client].role).toBe(role);
  });

  it('gives each role client every scope its operations declare (else a 403 would hide a role bug)', () => {
    const refusedByScope = specOperations().flatMap((op) =>
      Object.keys(op.roles)
        .filter((role) => role !== 'anonymous')
        .filter((role) => !specAllows(op, ROLE_CLIENTS[role] as ClientName))
        .map((role) => `${op.id} ${role}`),
    );
    expect(refusedByScope).toEqual([]);
  });

  it('answers every operation for every caller as x-roles and security say', async () => {
    const wrong: string[] = [];
    let probes = 0;
    for (const op of specOperations()) {
      for (const client of columns) {
        const { path, body, headers } = probeRequest(op);
        const call = client ? server.as(client) : server.anonymous;
        const res = await call(op.method, path, body, headers);
        const verdict = judgeAuthorization(specAllows(op, client), client === null, res);
        probes += 1;
        if (verdict)
          wrong.push(`${op.id} as ${client ?? 'anonymous'}: ${verdict} (${res.body?.detail ?? ''})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(probes).toBe(specOperations().length * columns.length);
  });
});

describe('the matrix judge can fail', () => {
  const headers = new Headers({ 'content-type': 'application/problem+json' });
  const forbidden = { type: 'https://gigmarket.org.cn/problems/forbidden' };

  it('flags a refused role that got through, or was refused with the wrong status or type', () => {
    expect(judgeAuthorization(false, false, { status: 200, headers, body: {} })).toMatch(/expected 403/);
    expect(judgeAuthorization(false, false, { status: 404, headers, body: forbidden })).toMatch(/got 404/);
    expect(judgeAuthorization(false, false, { status: 403, headers, body: { type: 'about:blank' } })).toMatch(
      /type/,
    );
    expect(
      judgeAuthorization(false, false, { status: 403, headers: new Headers(), body: forbidden }),
    ).toMatch(/problem\+json/);
    expect(judgeAuthorization(false, true, { status: 403, headers, body: forbidden })).toMatch(
      /expected 401/,
    );
  });

  it('flags an allowed role that was refused, and accepts made-up-id answers', () => {
    expect(judgeAuthorization(true, false, { status: 403, headers, body: forbidden })).toMatch(/allowed/);
    expect(judgeAuthorization(true, false, { status: 401, headers, body: {} })).toMatch(/allowed/);
    expect(judgeAuthorization(true, false, { status: 404, headers, body: {} })).toBeUndefined();
    expect(judgeAuthorization(false, false, { status: 403, headers, body: forbidden })).toBeUndefined();
  });
});
