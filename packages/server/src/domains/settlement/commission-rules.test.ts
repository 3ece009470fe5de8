import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiIso } from '../../context.js';
import { startTestServer } from '../../test-support/harness.js';
import { key, type Server, seedJob } from './test-fixtures.js';

let server: Server;
const NOW = new Date('2025-07-01T01:00:00Z');
const rule = {
  name: '家政服务订单抽成规则（2025年7月起）',
  scope: { regions: ['330100'], occupationCodes: [] },
  rateBps: 1000,
  capBps: 1500,
  basis: 'COLLECTIVE_AGREEMENT',
  negotiatedWith: '杭州市新就业形态劳动者联合工会',
  effectiveFrom: shanghaiIso(NOW),
};

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
});
afterAll(() => server.close());

describe('commission rules', () => {
  it('publishes a rule that anyone may list and read, and uses it for new escrows', async () => {
    const res = await server.as('platformA')('POST', '/commission-rules', rule);
    expect(res.status).toBe(201);
    const created = schemas.zCommissionRule.parse(res.body);
    expect(created).toMatchObject({ fixedFeeFen: 0, effectiveTo: null, disclosedAt: shanghaiIso(NOW) });
    const anon = await server.anonymous('GET', `/commission-rules/${created.id}`);
    expect(schemas.zCommissionRule.parse(anon.body).id).toBe(created.id);
    const inYuhang = await server.anonymous('GET', '/commission-rules?region=330110&activeAt=now');
    expect(schemas.zCommissionRulePage.parse(inYuhang.body).data.map((r) => r.id)).toContain(created.id);
    const elsewhere = await server.anonymous('GET', '/commission-rules?region=140121');
    expect(elsewhere.body.data.map((r: { id: string }) => r.id)).not.toContain(created.id);
    const seeded = await seedJob(server.db);
    const escrow = await server.as('platformA')(
      'POST',
      '/escrows',
      { jobId: seeded.jobId, payerEmployerId: seeded.employerId, amountFen: 60000, provider: 'WECHAT_PAY' },
      key(),
    );
    expect(escrow.body).toMatchObject({
      commissionRuleId: created.id,
      commissionFen: 6000,
      netToWorkerFen: 54000,
    });
  });

  it('ends the open-ended rule of the same scope when a new one takes effect, and escrows keep theirs', async () => {
    const later = shanghaiIso(new Date(NOW.getTime() + 30 * 86_400_000));
    const next = await server.as('platformA')('POST', '/commission-rules', {
      ...rule,
      rateBps: 800,
      effectiveFrom: later,
    });
    expect(next.status).toBe(201);
    const all = (await server.anonymous('GET', `/commission-rules?tenantId=${next.body.tenantId}`)).body.data;
    const old = all.find((r: { rateBps: number }) => r.rateBps === 1000);
    expect(old.effectiveTo).toBe(later);
    const now = await server.anonymous(
      'GET',
      `/commission-rules?tenantId=${next.body.tenantId}&activeAt=now`,
    );
    expect(now.body.data.map((r: { rateBps: number }) => r.rateBps)).toEqual([1000]);
  });

  it('lists by tenant, then by effectiveFrom, newest first (commissionRules.list), across pages', async () => {
    const day = (n: number) => shanghaiIso(new Date(NOW.getTime() + n * 86_400_000));
    // Platform B publishes between platform A's rules, in another region so A's stay as they are.
    for (const n of [10, 50])
      expect(
        (
          await server.as('platformB')('POST', '/commission-rules', {
            ...rule,
            scope: { regions: ['140100'], occupationCodes: [] },
            effectiveFrom: day(n),
          })
        ).status,
      ).toBe(201);
    const seen: Array<{ tenantId: string; effectiveFrom: string }> = [];
    let cursor: string | null = null;
    do {
      const page = await server.anonymous(
        'GET',
        `/commission-rules?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...schemas.zCommissionRulePage.parse(page.body).data);
      cursor = page.body.nextCursor;
    } while (cursor);
    const byTenantThenNewest = [...seen].sort(
      (a, b) => a.tenantId.localeCompare(b.tenantId) || b.effectiveFrom.localeCompare(a.effectiveFrom),
    );
    expect(seen.map((r) => [r.tenantId, r.effectiveFrom])).toEqual(
      byTenantThenNewest.map((r) => [r.tenantId, r.effectiveFrom]),
    );
    expect(new Set(seen.map((r) => r.tenantId)).size).toBe(2);
  });

  it('refuses rate above cap, a past start, a collective rule without its union, and a paid rule of a public market', async () => {
    const bad = async (client: 'platformA' | 'operator', body: object) =>
      (await server.as(client)('POST', '/commission-rules', { ...rule, ...body })).body;
    expect(await bad('platformA', { rateBps: 2000 })).toMatchObject({
      status: 422,
      detail: expect.stringMatching(/capBps/),
    });
    expect(await bad('platformA', { effectiveFrom: '2025-06-01T00:00:00+08:00' })).toMatchObject({
      status: 422,
    });
    expect(await bad('platformA', { negotiatedWith: undefined })).toMatchObject({ status: 422 });
    expect(await bad('operator', { basis: 'UNILATERAL', negotiatedWith: undefined })).toMatchObject({
      status: 422,
      detail: expect.stringMatching(/seed 002/),
    });
    const free = await server.as('operator')('POST', '/commission-rules', { ...rule, rateBps: 0, capBps: 0 });
    expect(free.status).toBe(201);
    const invalid = await bad('platformA', { rateBps: 'ten', name: undefined });
    expect(invalid.status).toBe(400);
    expect(invalid.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/rateBps', '/name']),
    );
  });

  it('refuses an escrow under another tenant’s rule (422)', async () => {
    const theirs = (await server.anonymous('GET', '/commission-rules?limit=100')).body.data.find(
      (r: { rateBps: number }) => r.rateBps === 0,
    );
    const seeded = await seedJob(server.db);
    const res = await server.as('platformA')(
      'POST',
      '/escrows',
      {
        jobId: seeded.jobId,
        payerEmployerId: seeded.employerId,
        amountFen: 60000,
        provider: 'WECHAT_PAY',
        commissionRuleId: theirs.id,
      },
      key(),
    );
    expect(res.status).toBe(422);
    expect((await server.anonymous('GET', '/commission-rules/com_01J4C0MM1SS10N000000000000')).status).toBe(
      404,
    );
  });
});
