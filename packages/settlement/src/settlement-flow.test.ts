import {
  apiKey,
  type ClientOptions,
  ConflictError,
  isConflictError,
  isResponseValidationError,
  ResponseValidationError,
  type ValidationWarning,
} from '@gigmarket/core';
import {
  MOCK_BASE_URL,
  problemResponse,
  specExample,
  specRequestExample,
  useSpecServer,
} from '@gigmarket/spec-examples';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSettlementClient, type Escrow, type EscrowCreate, type EscrowFundRequest } from './index.js';
import { responseSchemas } from './validation.js';

const { server, sent } = useSpecServer();

const client = (options: Partial<ClientOptions> = {}) =>
  createSettlementClient({
    baseUrl: MOCK_BASE_URL,
    auth: apiKey('gm_test_platform'),
    sleep: async () => {}, // retries do not wait in tests
    ...options,
  });
const escrow = specExample('escrows.get') as Escrow;
const releasePath = `${MOCK_BASE_URL}/escrows/:escrowId/release`;

describe('settlement: escrow create, fund, release', () => {
  it('creates an escrow with the caller’s Idempotency-Key, then funds and releases it', async () => {
    const settlement = client();
    const created = await settlement.escrows.create(specRequestExample('escrows.create') as EscrowCreate, {
      idempotencyKey: 'order-4711-escrow',
    });
    expect(created).toEqual(specExample('escrows.create'));
    const funded = await settlement.escrows.fund(
      created.id,
      specRequestExample('escrows.fund') as EscrowFundRequest,
    );
    expect(funded).toEqual(specExample('escrows.fund'));
    const released = await settlement.escrows.release(created.id);
    expect(released).toEqual(specExample('escrows.release'));

    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /v1/escrows',
      `POST /v1/escrows/${created.id}/fund`,
      `POST /v1/escrows/${created.id}/release`,
    ]);
    const keys = sent.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toBe('order-4711-escrow');
    // fund and release require a key: the client makes one per call when the caller gives none.
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[2]);
  });

  it('retries a release after a 503 with the same Idempotency-Key', async () => {
    let attempts = 0;
    server.use(
      http.post(releasePath, () => {
        attempts += 1;
        return attempts === 1
          ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } })
          : HttpResponse.json(specExample('escrows.release') as Escrow);
      }),
    );
    const released = await client().escrows.release(escrow.id, {}, { idempotencyKey: 'order-4711-release' });
    expect(released).toEqual(specExample('escrows.release'));
    expect(sent.map((r) => r.headers.get('idempotency-key'))).toEqual([
      'order-4711-release',
      'order-4711-release',
    ]);
  });

  it('reuses its own generated key on the retry when the caller gives none', async () => {
    let attempts = 0;
    server.use(
      http.post(releasePath, () => {
        attempts += 1;
        return attempts === 1
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json(specExample('escrows.release') as Escrow);
      }),
    );
    await client().escrows.release(escrow.id);
    const [first, second] = sent.map((r) => r.headers.get('idempotency-key'));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });
});

describe('settlement: failures and validation', () => {
  it('turns a 409 invalid-transition into a ConflictError with currentState and allowedActions', async () => {
    server.use(
      http.post(releasePath, () =>
        problemResponse(409, 'invalid-transition', {
          detail: 'Cannot release an escrow in FUNDED.',
          currentState: 'FUNDED',
          allowedActions: ['hold', 'refund'],
        }),
      ),
    );
    const error = await client()
      .escrows.release(escrow.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(isConflictError(error) && [error.currentState, error.allowedActions]).toEqual([
      'FUNDED',
      ['hold', 'refund'],
    ]);
  });

  const serve = (body: unknown) =>
    server.use(http.get(`${MOCK_BASE_URL}/escrows/:escrowId`, () => HttpResponse.json(body as never)));

  it('strict mode throws when a response breaks the schema', async () => {
    serve({ ...escrow, amountFen: '300.00' });
    const error = await client({ validation: { mode: 'strict', schemas: responseSchemas } })
      .escrows.get(escrow.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(isResponseValidationError(error) && error.issues.map((i) => i.path)).toEqual([['amountFen']]);
  });

  it('warn mode returns the response as received and reports the issues', async () => {
    const bad = { ...escrow, amountFen: '300.00' };
    serve(bad);
    const warnings: ValidationWarning[] = [];
    const result = await client({
      validation: { mode: 'warn', schemas: responseSchemas, onWarning: (w) => warnings.push(w) },
    }).escrows.get(escrow.id);
    expect(result).toEqual(bad);
    expect(warnings.map((w) => [w.operationId, w.issues.map((i) => i.path)])).toEqual([
      ['escrows.get', [['amountFen']]],
    ]);
  });

  it('strict mode accepts unknown fields and unknown enum values (forward compatibility)', async () => {
    const newer = { ...escrow, status: 'PARTIALLY_REFUNDED', settlementBatchId: 'bat_1' };
    serve(newer);
    const result = await client({ validation: { mode: 'strict', schemas: responseSchemas } }).escrows.get(
      escrow.id,
    );
    expect(result).toEqual(newer);
  });
});
