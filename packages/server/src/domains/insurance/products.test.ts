import { schemas } from '@gigmarket/insurance/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/harness.js';
import { productBody } from './test-fixtures.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('insurance products', () => {
  let productId: string;

  it('an insurer publishes a product that anyone can read', async () => {
    const created = await server.as('insurer')('POST', '/insurance-products', productBody());
    expect(created.status).toBe(201);
    const product = schemas.zInsuranceProduct.parse(created.body);
    productId = product.id;
    expect(product.insurerName).toBe('某某财产保险股份有限公司杭州分公司');
    expect(product.effectiveTo).toBeNull();
    expect(created.headers.get('location')).toBe(`/insurance-products/${product.id}`);

    const got = await server.anonymous('GET', `/insurance-products/${product.id}`);
    expect(got.status).toBe(200);
    expect(schemas.zInsuranceProduct.parse(got.body).id).toBe(product.id);

    const list = await server.anonymous('GET', '/insurance-products');
    expect(schemas.zInsuranceProductPage.parse(list.body).data.map((p) => p.id)).toContain(product.id);
  });

  it('filters by region, risk class and coverage date on computed facts', async () => {
    const ids = async (query: string) =>
      schemas.zInsuranceProductPage
        .parse((await server.anonymous('GET', `/insurance-products?${query}`)).body)
        .data.map((p) => p.id);
    expect(await ids('region=330110')).toContain(productId);
    expect(await ids('region=140121')).not.toContain(productId);
    expect(await ids('riskClass=3')).toContain(productId);
    expect(await ids('riskClass=6')).not.toContain(productId);
    expect(await ids('coverageDate=2024-12-31')).not.toContain(productId);
    expect(await ids('premiumBasis=PER_ORDER&coverageDate=2025-07-01')).toContain(productId);
  });

  it('refuses a premium table with UNINSURABLE or a class twice (422)', async () => {
    const uninsurable = await server.as('insurer')(
      'POST',
      '/insurance-products',
      productBody('PER_ORDER', { premiumTable: [{ riskClass: 'UNINSURABLE', premiumFen: 100 }] }),
    );
    expect(uninsurable.status).toBe(422);
    expect(uninsurable.body.type).toMatch(/rule-violation$/);
    const twice = await server.as('insurer')(
      'POST',
      '/insurance-products',
      productBody('PER_ORDER', {
        premiumTable: [
          { riskClass: '1', premiumFen: 400 },
          { riskClass: '1', premiumFen: 500 },
        ],
      }),
    );
    expect(twice.status).toBe(422);
    expect(twice.body.detail).toMatch(/two entries for risk class 1/);
  });

  it('refuses age bands with a gap or overlap inside eligibleAge (422)', async () => {
    const gap = await server.as('insurer')(
      'POST',
      '/insurance-products',
      productBody('PER_DAY', {
        sumInsuredByAge: [
          { minAge: 16, maxAge: 50, sumInsuredFen: 100_000_000 },
          { minAge: 56, maxAge: 65, sumInsuredFen: 40_000_000 },
        ],
      }),
    );
    expect(gap.status).toBe(422);
    expect(gap.body.detail).toMatch(/51–55/);
    const overlap = await server.as('insurer')(
      'POST',
      '/insurance-products',
      productBody('PER_DAY', {
        sumInsuredByAge: [
          { minAge: 16, maxAge: 60, sumInsuredFen: 100_000_000 },
          { minAge: 56, maxAge: 65, sumInsuredFen: 40_000_000 },
        ],
      }),
    );
    expect(overlap.status).toBe(422);
    expect(overlap.body.detail).toMatch(/overlap/);
  });

  it('validates the body (400 with pointers) and lets only insurers publish (403)', async () => {
    const { name: _name, ...nameless } = productBody();
    const invalid = await server.as('insurer')('POST', '/insurance-products', { ...nameless, layer: 'TOP' });
    expect(invalid.status).toBe(400);
    const pointers = invalid.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/name', '/layer']));
    const tooMuch = await server.as('insurer')('POST', '/insurance-products', {
      ...productBody(),
      sumInsuredByAge: [{ minAge: 16, maxAge: 65, sumInsuredFen: 200_000_000 }],
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.detail).toMatch(/above the maximum 100000000 fen/);
    const platform = await server.as('platformA')('POST', '/insurance-products', productBody());
    expect(platform.status).toBe(403);
  });

  it('answers 404 for an unknown product', async () => {
    const res = await server.anonymous('GET', '/insurance-products/ipr_01J0000000000000000000000Z');
    expect(res.status).toBe(404);
  });
});
