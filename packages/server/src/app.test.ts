import { schemas as common } from '@gigmarket/core/validation';
import { schemas as jobs } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './test-support/harness.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

const market = {
  name: '清徐县零工市场',
  venueType: 'MARKET',
  operatorType: 'PUBLIC',
  operator: { name: '清徐县公共就业服务中心', uscc: '52140121MJY277318L' },
  location: {
    region: '140121',
    address: '山西省太原市清徐县清源镇文源路18号',
    geo: { lng: 112.357, lat: 37.608, crs: 'GCJ02' },
  },
  openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
  contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('discovery and authentication', () => {
  it('answers discovery anonymously with a document that satisfies the spec', async () => {
    const res = await server.anonymous('GET', '/');
    expect(res.status).toBe(200);
    expect(common.zDiscovery.safeParse(res.body).success).toBe(true);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(res.headers.get('ratelimit-limit')).toBe('10000');
  });

  it('issues a bearer token for client credentials and refuses a wrong secret with OAuth members', async () => {
    const form = (secret: string) =>
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'platform-a',
        client_secret: secret,
      }).toString();
    const ok = await server.anonymous('POST', '/oauth/token', form('secret-a'), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(ok.status).toBe(200);
    expect(common.zTokenResponse.parse(ok.body).token_type).toBe('Bearer');
    const me = await server.app.request('/v1/me', {
      headers: { Authorization: `Bearer ${ok.body.access_token}` },
    });
    expect(((await me.json()) as { tenantName: string }).tenantName).toBe('余杭灵活就业平台');

    const bad = await server.anonymous('POST', '/oauth/token', form('wrong'), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(bad.body).toMatchObject({
      type: 'https://gigmarket.org.cn/problems/unauthenticated',
      error: 'invalid_client',
    });
  });

  it('answers 401 without credentials, 401 for a forged token, and 403 for a missing scope or role', async () => {
    expect((await server.anonymous('GET', '/me')).status).toBe(401);
    const forged = await server.app.request('/v1/me', {
      headers: { Authorization: 'Bearer gmt_eyJ0ZW5hbnRJZCI6IngifQ.forged' },
    });
    expect(forged.status).toBe(401);
    const noScope = await server.as('readOnly')('POST', '/gig-markets', market);
    expect(noScope.status).toBe(403);
    expect(noScope.body.detail).toMatch(/role platform may not call gigMarkets.create/);
  });
});

describe('the gig-market directory through the generic handlers', () => {
  let id: string;

  it('creates a market that satisfies the GigMarket schema and lists it publicly', async () => {
    const res = await server.as('operator')('POST', '/gig-markets', market);
    expect(res.status).toBe(201);
    const created = jobs.zGigMarket.parse(res.body);
    id = created.id;
    expect(created.status).toBe('LISTED');
    expect(res.headers.get('location')).toBe(`/gig-markets/${id}`);
    const list = await server.anonymous('GET', '/gig-markets?region=140100');
    expect(jobs.zGigMarketPage.parse(list.body).data.map((m) => m.id)).toContain(id);
  });

  it('finds it on the e-map near a point, with its distance, and not outside the radius', async () => {
    const near = await server.anonymous('GET', '/gig-markets?near=112.36,37.61&radiusM=2000');
    expect(near.body.data[0]).toMatchObject({ id, distanceMeters: expect.any(Number) });
    expect(near.body.data[0].distanceMeters).toBeLessThan(2000);
    const far = await server.anonymous('GET', '/gig-markets?near=120.30,30.42&radiusM=2000');
    expect(far.body.data).toEqual([]);
  });

  it('walks the state machine and refuses an illegal transition with 409 naming the allowed actions', async () => {
    const suspended = await server.as('regulator')('POST', `/gig-markets/${id}/suspend`, {
      reason: '消防整改',
    });
    expect(suspended.body).toMatchObject({ status: 'SUSPENDED' });
    expect(suspended.body).not.toHaveProperty('statusReason'); // GigMarket has no place for it in the spec
    const again = await server.as('regulator')('POST', `/gig-markets/${id}/suspend`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: 'https://gigmarket.org.cn/problems/invalid-transition',
      currentState: 'SUSPENDED',
      allowedActions: ['delist', 'relist'],
    });
    expect((await server.anonymous('GET', `/gig-markets/${id}`)).status).toBe(404);
    const relisted = await server.as('regulator')('POST', `/gig-markets/${id}/relist`, {});
    expect(relisted.body.status).toBe('LISTED');
  });

  it("hides another tenant's market from its update: 404, indistinguishable from a missing one", async () => {
    const foreign = await server.as('platformB')('PATCH', `/gig-markets/${id}`, { name: '改名' });
    expect(foreign.status).toBe(403);
    const other = await server.as('operator')('PATCH', '/gig-markets/gmk_01J0000000000000000000000Z', {
      name: '改名',
    });
    expect(other.status).toBe(404);
  });
});

describe('bad input changes nothing', () => {
  it('reports every invalid field with a pointer, including a USCC checksum', async () => {
    const res = await server.as('operator')('POST', '/gig-markets', {
      ...market,
      operator: { name: 'x', uscc: '52140121MJY277318K' },
      venueType: 'TENT',
    });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/validation-error');
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain('/venueType');
    const checksum = await server.as('operator')('POST', '/gig-markets', {
      ...market,
      operator: { name: 'x', uscc: '52140121MJY277318K' },
    });
    expect(checksum.body.errors).toEqual([
      {
        pointer: '/operator/uscc',
        detail: 'the check character should be L (GB 32100)',
        code: 'checksum_mismatch',
      },
    ]);
  });

  it('answers malformed JSON, unknown query parameters and a bad limit with 400, never 500', async () => {
    expect((await server.as('operator')('POST', '/gig-markets', '{"name":')).body.type).toMatch(
      /malformed-request$/,
    );
    expect((await server.anonymous('GET', '/gig-markets?colour=red')).body.errors[0].pointer).toBe(
      '#/query/colour',
    );
    expect((await server.anonymous('GET', '/gig-markets?limit=500')).body.errors[0].pointer).toBe(
      '#/query/limit',
    );
    expect((await server.anonymous('GET', '/gig-markets?cursor=bogus')).status).toBe(400);
  });
});

describe('idempotency', () => {
  it('replays the first response, refuses reuse with another body (422), and creates once', async () => {
    const key = { 'Idempotency-Key': 'create-market-0001' };
    const first = await server.as('operator')('POST', '/gig-markets', market, key);
    const replay = await server.as('operator')('POST', '/gig-markets', market, key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const reuse = await server.as('operator')('POST', '/gig-markets', { ...market, name: '另一个市场' }, key);
    expect(reuse.status).toBe(422);
    expect(reuse.body.type).toMatch(/idempotency-key-reuse$/);
  });

  it('gives 100 concurrent duplicates exactly one effect', async () => {
    const key = { 'Idempotency-Key': 'concurrent-0001' };
    const before = (await server.anonymous('GET', '/gig-markets?limit=100')).body.data.length;
    const results = await Promise.all(
      Array.from({ length: 100 }, () => server.as('operator')('POST', '/gig-markets', market, key)),
    );
    const ids = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(
      results.every(
        (r) => r.status === 201 || (r.status === 409 && r.body.type.endsWith('idempotency-key-in-use')),
      ),
    ).toBe(true);
    const after = (await server.anonymous('GET', '/gig-markets?limit=100')).body.data.length;
    expect(after).toBe(before + 1);
  });
});

describe('request rules from the spec', () => {
  it('refuses a POST that moves money without an Idempotency-Key, naming the header', async () => {
    const res = await server.as('platformA')('POST', '/escrows', { jobId: 'job_01HZX8Q3W5T7V9B1C3D5F7G9HJ' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '#/header/Idempotency-Key', code: 'required' }),
    );
  });

  it('accepts an action whose optional body is left out entirely', async () => {
    const { body } = await server.as('operator')('POST', '/gig-markets', market);
    const res = await server.as('regulator')('POST', `/gig-markets/${body.id}/suspend`);
    expect(res.body.errors ?? res.body.detail).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('SUSPENDED');
  });
});

describe('scopes', () => {
  it('accept any one of the alternatives of security, and name them all when none is held', async () => {
    const { authorize } = await import('./auth/authenticate.js');
    const op = {
      id: 'x.create',
      roles: { platform: 'own' as const },
      anonymous: false,
      scopeAlternatives: [['admin'], ['credit:write']],
    } as never;
    const caller = (scopes: string[]) => ({
      tenantId: 't',
      tenantName: 't',
      role: 'platform',
      scopes,
      clientId: 'c',
      authMethod: 'API_KEY' as const,
    });
    expect(() => authorize(op, caller(['credit:write']))).not.toThrow();
    expect(() => authorize(op, caller(['admin']))).not.toThrow();
    expect(() => authorize(op, caller(['jobs:read']))).toThrow('needs: admin or credit:write');
  });
});
