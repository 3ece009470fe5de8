import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationRegistry } from '../spec/registry.js';
import { startTestServer } from '../test-support/harness.js';

/**
 * The operations whose handlers used to check the key themselves (settlement's
 * `idempotency-guard.ts`, insurance's `requireIdempotencyKey`). The framework now refuses them all
 * before any handler runs, from the spec's `IdempotencyKeyRequired` parameter.
 */
const GUARDED = [
  'escrows.create',
  'escrows.fund',
  'escrows.release',
  'escrows.refund',
  'insurancePolicies.bind',
  'insuranceClaims.pay',
  'subsidyApplications.pay',
  'subsidyApplications.clawBack',
];

/** A well-formed id for every path parameter, so that only the missing key can fail. */
const samplePath = (path: string) => path.replace(/\{[^}]+\}/g, 'esc_01HZX8Q3W5T7V9B1C3D5F7G9HJ');

// Every guarded operation is open to platforms or to regulators (the test clients' roles).
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('required Idempotency-Key', () => {
  it('is declared required by the spec for every operation the stopgaps guarded', () => {
    for (const id of GUARDED) expect(operationRegistry().get(id)?.idempotency, id).toBe('required');
  });

  it.each(GUARDED)('%s without a key is 400 validation-error naming the header', async (id) => {
    const op = operationRegistry().get(id);
    if (!op) throw new Error(`${id} is not in the spec`);
    const path = samplePath(op.path);
    // A caller whose role may call it: authorisation comes before validation.
    const caller = op.roles.platform ? 'platformA' : 'regulator';
    const res = await server.as(caller)('POST', path, {});
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/validation-error');
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '#/header/Idempotency-Key', code: 'required' }),
    );
  });

  it('is not demanded where the key is optional', async () => {
    const res = await server.as('platformA')('POST', '/webhook-subscriptions', {
      url: 'https://hooks.partner.example.cn/gm',
      eventTypes: ['job.published'],
    });
    expect(res.status).toBe(201);
  });

  it('a malformed key is refused even where the key is optional', async () => {
    const res = await server.as('platformA')(
      'POST',
      '/webhook-subscriptions',
      { url: 'https://hooks.partner.example.cn/gm', eventTypes: ['job.published'] },
      { 'Idempotency-Key': 'short' },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '#/header/Idempotency-Key', code: 'invalid_format' }),
    ]);
  });
});
