import { apiKey, type ClientOptions, ConflictError, isConflictError } from '@gigmarket/core';
import {
  MOCK_BASE_URL,
  problemResponse,
  specExample,
  specRequestExample,
  useSpecServer,
} from '@gigmarket/spec-examples';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  createInsuranceClient,
  type InsuranceClaim,
  type InsuranceClaimReport,
  type InsurancePolicyBind,
  type InsuranceQuoteCreate,
} from './index.js';

const { server, sent } = useSpecServer();

const client = (options: Partial<ClientOptions> = {}) =>
  createInsuranceClient({ baseUrl: MOCK_BASE_URL, auth: apiKey('gm_test_platform'), ...options });

describe('insurance: quote, bind, claim', () => {
  it('quotes, binds the quote with an Idempotency-Key and reports a claim', async () => {
    const insurance = client();
    const quote = await insurance.insuranceQuotes.create(
      specRequestExample('insuranceQuotes.create') as InsuranceQuoteCreate,
    );
    expect(quote).toEqual(specExample('insuranceQuotes.create'));
    const policy = await insurance.insurancePolicies.bind(
      specRequestExample('insurancePolicies.bind') as InsurancePolicyBind,
      { idempotencyKey: 'assignment-42-policy' },
    );
    expect(policy).toEqual(specExample('insurancePolicies.bind'));
    const claim = await insurance.insuranceClaims.report(
      specRequestExample('insuranceClaims.report') as InsuranceClaimReport,
    );
    expect(claim).toEqual(specExample('insuranceClaims.report'));

    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /v1/insurance-quotes',
      'POST /v1/insurance-policies',
      'POST /v1/insurance-claims',
    ]);
    expect(sent[1]?.headers.get('idempotency-key')).toBe('assignment-42-policy');
    expect(await sent[1]?.json()).toEqual(specRequestExample('insurancePolicies.bind'));
  });

  it('refuses to bind without a key when automatic keys are off, before sending anything', async () => {
    const error = await client({ generateIdempotencyKey: false })
      .insurancePolicies.bind(specRequestExample('insurancePolicies.bind') as InsurancePolicyBind)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/insurancePolicies\.bind requires an Idempotency-Key/);
    expect(sent).toEqual([]);
  });

  it('turns a 409 on a claim in the wrong state into a ConflictError', async () => {
    const claim = specExample('insuranceClaims.get') as InsuranceClaim;
    server.use(
      http.post(`${MOCK_BASE_URL}/insurance-claims/:insuranceClaimId/submit`, () =>
        problemResponse(409, 'invalid-transition', { currentState: 'PAID', allowedActions: [] }),
      ),
    );
    const error = await client()
      .insuranceClaims.submit(claim.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(isConflictError(error) && error.currentState).toBe('PAID');
    expect(isConflictError(error) && error.allowedActions).toEqual([]);
    expect(new URL(sent[0]?.url ?? '').pathname).toBe(`/v1/insurance-claims/${claim.id}/submit`);
  });
});
