import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ESCROW_ID, escrowsGet } from './__test__/descriptors.js';
import { jsonResponse, mockFetch } from './__test__/fetch-mock.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { createTransport } from './transport/create-transport.js';
import {
  defineResponseSchemas,
  type SchemaMap,
  type ValidationMode,
  validateResponse,
} from './validation.js';

// zod lives only in tests and in the domain packages' schema entry points; core's source never imports it.
const escrow = z.strictObject({ id: z.string(), amountFen: z.number().int(), status: z.string() });
const schemas: SchemaMap = defineResponseSchemas({ 'escrows.get': { response: escrow } });
const good = { id: ESCROW_ID, amountFen: 30_000, status: 'FUNDED' };
const bad = { id: ESCROW_ID, amountFen: '300.00', status: 'FUNDED' };

function transport(mode: ValidationMode, body: unknown, onWarning = vi.fn()) {
  const mock = mockFetch(jsonResponse(body));
  return {
    onWarning,
    call: () =>
      createTransport({
        baseUrl: 'http://localhost:8080/v1',
        fetch: mock.fetch,
        validation: { mode, schemas, onWarning },
      }).request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } }),
  };
}

describe('validation modes', () => {
  it('strict throws ResponseValidationError with the issues and the data', async () => {
    const error = await transport('strict', bad)
      .call()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { issues, data, status, operationId } = error as ResponseValidationError;
    expect(issues.map((issue) => issue.path)).toEqual([['amountFen']]);
    expect({ data, status, operationId }).toEqual({ data: bad, status: 200, operationId: 'escrows.get' });
    expect((error as Error).message).toContain('amountFen');
  });

  it('strict passes valid data through unchanged', async () => {
    await expect(transport('strict', good).call()).resolves.toEqual(good);
  });

  it('warn returns the data and reports the issues to onWarning', async () => {
    const { call, onWarning } = transport('warn', bad);
    await expect(call()).resolves.toEqual(bad);
    expect(onWarning).toHaveBeenCalledOnce();
    expect(onWarning.mock.calls[0]?.[0]).toMatchObject({
      operationId: 'escrows.get',
      status: 200,
      data: bad,
    });
    expect(onWarning.mock.calls[0]?.[0].issues[0].path).toEqual(['amountFen']);
  });

  it('off does not look at the data', async () => {
    const safeParse = vi.fn();
    validateResponse('escrows.get', 200, bad, {
      mode: 'off',
      schemas: { 'escrows.get': { response: { safeParse } } },
    });
    expect(safeParse).not.toHaveBeenCalled();
    await expect(transport('off', bad).call()).resolves.toEqual(bad);
  });

  it('never fails on unknown fields, even against a strict object schema, and keeps them', async () => {
    const newer = { ...good, settledAt: '2026-07-01T10:00:00+08:00' };
    const { call, onWarning } = transport('warn', newer);
    await expect(call()).resolves.toEqual(newer);
    expect(onWarning).not.toHaveBeenCalled();
    await expect(transport('strict', newer).call()).resolves.toEqual(newer);
  });

  it('accepts schemas that only have parse(), and skips operations without a schema', () => {
    const parseOnly = {
      parse: () => {
        throw Object.assign(new Error('bad'), { issues: [{ path: ['x'], message: 'bad' }] });
      },
    };
    expect(() =>
      validateResponse('a.b', 200, {}, { mode: 'strict', schemas: { 'a.b': { response: parseOnly } } }),
    ).toThrow(ResponseValidationError);
    expect(() => validateResponse('other.op', 200, bad, { mode: 'strict', schemas })).not.toThrow();
  });
});

describe('forward compatibility (docs/versioning.md): newer responses pass strict validation', () => {
  const status = z.enum(['CREATED', 'FUNDED', 'HELD']);
  const schema = z.strictObject({
    id: z.string(),
    status,
    previousStatus: z.union([status, z.null()]),
    history: z.array(z.strictObject({ to: status })),
    workerContributionFen: z.literal(0),
    kind: z.enum(['ONLY']),
  });
  const base = {
    id: ESCROW_ID,
    status: 'FUNDED',
    previousStatus: null,
    history: [{ to: 'FUNDED' }],
    workerContributionFen: 0,
    kind: 'ONLY',
  };
  const strict = (data: unknown) =>
    validateResponse('escrows.get', 200, data, {
      mode: 'strict',
      schemas: { 'escrows.get': { response: schema } },
    });

  interface TestCase {
    name: string;
    data: unknown;
    fails?: readonly PropertyKey[][];
  }
  const cases: TestCase[] = [
    { name: 'an unknown enum value', data: { ...base, status: 'PARTIALLY_RELEASED' } },
    { name: 'an unknown value of a nullable enum (a union)', data: { ...base, previousStatus: 'DISPUTED' } },
    { name: 'an unknown enum value in an array item', data: { ...base, history: [{ to: 'DISPUTED' }] } },
    {
      name: 'unknown keys next to unknown values',
      data: { ...base, status: 'NEW', settledAt: 'x', history: [] },
    },
    { name: 'a number where the enum expects a string', data: { ...base, status: 7 }, fails: [['status']] },
    {
      name: 'a wrong constant (z.literal)',
      data: { ...base, workerContributionFen: 5 },
      fails: [['workerContributionFen']],
    },
    { name: 'a wrong value of a one-value enum', data: { ...base, kind: 'OTHER' }, fails: [['kind']] },
    {
      name: 'a union no branch of which fits',
      data: { ...base, previousStatus: 3 },
      fails: [['previousStatus']],
    },
    {
      name: 'a real error next to an unknown enum value',
      data: { ...base, status: 'NEW', id: 42 },
      fails: [['id']],
    },
  ];

  it.each(cases)('$name', ({ data, fails }) => {
    if (!fails) return expect(() => strict(data)).not.toThrow();
    const error = (() => {
      try {
        strict(data);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(fails);
  });

  it('warn mode does not report unknown enum values either', async () => {
    const onWarning = vi.fn();
    const newer = { ...good, status: 'PARTIALLY_RELEASED' };
    const mock = mockFetch(jsonResponse(newer));
    const enumSchemas: SchemaMap = defineResponseSchemas({
      'escrows.get': { response: z.strictObject({ ...escrow.shape, status }) },
    });
    const client = createTransport({
      baseUrl: 'http://localhost:8080/v1',
      fetch: mock.fetch,
      validation: { mode: 'warn', schemas: enumSchemas, onWarning },
    });
    await expect(client.request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } })).resolves.toEqual(newer);
    expect(onWarning).not.toHaveBeenCalled();
  });
});

describe('defineResponseSchemas', () => {
  const call = (validation: Parameters<typeof createTransport>[0]['validation']) =>
    createTransport({
      baseUrl: 'http://localhost:8080/v1',
      fetch: mockFetch(jsonResponse(bad)).fetch,
      validation,
    });

  it('is what brings the validator: a plain map is refused unless the mode is off', async () => {
    const plain: SchemaMap = { 'escrows.get': { response: escrow } };
    expect(() => call({ mode: 'strict', schemas: plain })).toThrow(/defineResponseSchemas/);
    expect(() => call({ mode: 'warn', schemas: plain })).toThrow(TypeError);
    await expect(
      call({ mode: 'off', schemas: plain }).request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } }),
    ).resolves.toEqual(bad);
  });

  it('keeps the map as it is, and merged maps still validate', async () => {
    const merged = { ...defineResponseSchemas({ 'other.op': { response: escrow } }), ...schemas };
    expect(Object.keys(merged)).toEqual(['other.op', 'escrows.get']);
    await expect(
      call({ mode: 'strict', schemas: merged }).request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
