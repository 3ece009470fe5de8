import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldError } from '../http/problem.js';
import { deref, loadSpec, type SpecDoc } from '../spec/load.js';
import { startTestServer } from '../test-support/harness.js';
import { schemaRuleErrors } from './schema-rules.js';

const spec = loadSpec();
const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const brief = (errors: FieldError[]) => errors.map((e) => `${e.pointer} ${e.code}`).sort();

interface TestCase {
  name: string;
  schema: string;
  body: unknown;
  expected: string[];
  /** A phrase the first error's detail must contain: it says why the field is required. */
  why?: string;
}

const ORG = { kind: 'ORGANIZATION', displayName: '郑州家政', location: {} };
const PERSON = { name: '张丽', idNumber: '210202198512150328' };

const CASES: TestCase[] = [
  {
    name: 'an ORGANIZATION employer needs uscc, legalName and legalRepresentative (then)',
    schema: 'EmployerCreate',
    body: ORG,
    expected: ['/legalName required', '/legalRepresentative required', '/uscc required'],
    why: 'when `kind` is "ORGANIZATION"',
  },
  {
    name: 'an INDIVIDUAL employer must not send uscc and needs a person (else)',
    schema: 'EmployerCreate',
    body: { kind: 'INDIVIDUAL', displayName: '张女士', uscc: '91330110MA2KXY3L2E' },
    expected: ['/person required', '/registeredRegion required', '/uscc not_allowed'],
  },
  {
    name: 'a complete INDIVIDUAL employer passes',
    schema: 'EmployerCreate',
    body: { kind: 'INDIVIDUAL', displayName: '张女士', person: PERSON, registeredRegion: '210202' },
    expected: [],
  },
  {
    name: 'a PASSPORT holder declares gender and birth date',
    schema: 'WorkerCreate',
    body: { name: 'Anna', idDocType: 'PASSPORT', idNumber: 'E12345678' },
    expected: ['/birthDate required', '/gender required'],
    why: 'when `idDocType` is "PASSPORT"',
  },
  {
    name: 'a resident ID (not PASSPORT) gets its checksum checked, and no declared gender (else)',
    schema: 'WorkerCreate',
    body: { name: '王建军', idDocType: 'RESIDENT_ID', idNumber: '330110199003071231', gender: 'MALE' },
    expected: ['/gender not_allowed', '/idNumber checksum_mismatch'],
  },
  {
    name: 'third-party sharing names its recipient',
    schema: 'ConsentGrant',
    body: { purpose: 'THIRD_PARTY_SHARING', dataCategories: ['IDENTITY'] },
    expected: ['/recipient required'],
  },
  {
    name: 'part-time labour: at most 4 hours a day, paid at least semi-monthly (nested then)',
    schema: 'JobCreate',
    body: {
      employmentForm: 'PART_TIME_LABOUR',
      pay: { unit: 'PER_HOUR', rateFen: 2500, payCycle: 'MONTHLY' },
      schedule: { dailyHours: 6, weeklyHours: 20 },
    },
    expected: ['/pay/payCycle invalid_value', '/schedule/dailyHours too_big'],
  },
  {
    name: 'part-time labour without schedule and pay',
    schema: 'JobCreate',
    body: { employmentForm: 'PART_TIME_LABOUR' },
    expected: ['/pay required', '/schedule required'],
  },
  {
    name: 'an oral agreement only for part-time labour',
    schema: 'JobCreate',
    body: { employmentForm: 'FLEXIBLE_GIG', agreementType: 'ORAL_PART_TIME' },
    expected: ['/employmentForm invalid_value'],
  },
  { name: 'an empty merge patch (minProperties)', schema: 'JobUpdate', body: {}, expected: ['/ too_small'] },
  { name: 'a one-field merge patch', schema: 'WorkerUpdate', body: { name: '王建军' }, expected: [] },
  {
    name: 'by and to together (maxProperties)',
    schema: 'SandboxClockAdvance',
    body: { by: '1h', to: '2025-07-02T00:00:00+08:00' },
    expected: ['/ too_big'],
  },
  {
    name: 'a pay floor needs its unit (dependentRequired, nested)',
    schema: 'WorkerUpdate',
    body: { preferences: { payFloorFen: 20000 } },
    expected: ['/preferences/payFloorUnit required'],
  },
  {
    name: 'a body that is not an object is left to zod',
    schema: 'JobUpdate',
    body: ['not', 'an', 'object'],
    expected: [],
  },
];

describe('schemaRuleErrors', () => {
  it.each(CASES)('$name', ({ schema: name, body, expected, why }) => {
    const errors = schemaRuleErrors(spec, schema(name), body);
    expect(brief(errors)).toEqual(expected);
    if (why) expect(errors[0]?.detail).toContain(why);
  });

  it("finds nothing to object to in any request body's example (no false positives)", () => {
    const checked: string[] = [];
    for (const item of Object.values<SpecDoc>(spec.paths)) {
      for (const op of Object.values<SpecDoc>(item)) {
        const media = deref(spec, op?.requestBody)?.content?.['application/json'];
        const body = deref(spec, media?.schema);
        const example = media?.example ?? body?.example;
        if (example === undefined) continue;
        checked.push(op.operationId);
        expect(schemaRuleErrors(spec, media.schema, example), op.operationId).toEqual([]);
      }
    }
    expect(checked.length).toBeGreaterThan(40);
  });
});

describe('central validation in the app', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 400 problem+json listing the conditional requirements, and creates nothing', async () => {
    const platform = server.as('platformA');
    const before = await platform('GET', '/employers');
    const { person: _p, registeredRegion: _r, ...example } = spec.components.schemas.EmployerCreate.example;
    const res = await platform('POST', '/employers', {
      ...example,
      kind: 'ORGANIZATION',
      legalName: '郑州家政服务有限公司',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/validation-error');
    expect(brief(res.body.errors)).toEqual(['/legalRepresentative required', '/uscc required']);
    expect((await platform('GET', '/employers')).body.data).toEqual(before.body.data);
  });

  it('refuses an empty merge patch with 400 and changes nothing', async () => {
    const platform = server.as('platformA');
    const created = await platform('POST', '/webhook-subscriptions', {
      url: 'https://hooks.partner.example.cn/gm',
      eventTypes: ['job.published'],
    });
    expect(created.status).toBe(201);
    const id = created.body.subscription?.id ?? created.body.id;
    const res = await platform('PATCH', `/webhook-subscriptions/${id}`, {});
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ pointer: '/', detail: 'send at least 1 field', code: 'too_small' }]);
    const after = await platform('GET', `/webhook-subscriptions/${id}`);
    expect(after.body.updatedAt).toBe(created.body.subscription?.updatedAt ?? created.body.updatedAt);
  });

  it('refuses moving the sandbox clock by and to at once, and the clock stays', async () => {
    const regulator = server.as('regulator');
    const before = await regulator('GET', '/sandbox/clock');
    const res = await regulator('POST', '/sandbox/clock/advance', {
      by: '1h',
      to: '2025-07-09T00:00:00+08:00',
    });
    expect(res.status).toBe(400);
    expect(brief(res.body.errors)).toEqual(['/ too_big']);
    expect((await regulator('GET', '/sandbox/clock')).body).toEqual(before.body);
  });
});
