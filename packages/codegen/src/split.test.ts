import { describe, expect, it } from 'vitest';
import { describeOperations } from './descriptors.js';
import { safeInt64AsNumber } from './emit-zod.js';
import { loadBundledSpec } from './spec.js';
import { domainDocument } from './split.js';

const spec = loadBundledSpec();

describe('domainDocument', () => {
  it("keeps only the domain's paths and webhooks and the components they reach", () => {
    const doc = domainDocument(spec, 'settlement');
    const tags = Object.values(doc.paths).flatMap((item: any) =>
      ['get', 'post', 'patch', 'put', 'delete'].filter((m) => item[m]).map((m) => item[m].tags[0]),
    );
    expect(new Set(tags)).toEqual(new Set(['settlement']));
    expect(Object.keys(doc.webhooks)).toContain('escrow.released');
    expect(doc.components.schemas.Escrow).toBeDefined();
    expect(doc.components.schemas.AmountFen).toBeDefined(); // a common schema it reaches
    expect(doc.components.schemas.Job).toBeUndefined(); // another domain's
  });
});

describe('describeOperations', () => {
  const ops = new Map(
    describeOperations(domainDocument(spec, 'settlement')).map((o) => [o.descriptor.id, o.descriptor]),
  );

  it('reads method, path parameters, pagination and the idempotency requirement from the spec', () => {
    expect(ops.get('escrows.release')).toMatchObject({
      method: 'POST',
      path: '/escrows/{escrowId}/release',
      pathParams: ['escrowId'],
      idempotency: 'required',
    });
    expect(ops.get('escrows.list')).toMatchObject({ method: 'GET', paginated: true, idempotency: 'none' });
    expect(ops.get('escrows.get')?.paginated).toBe(false);
  });

  it('records a non-JSON success body for the open-data feeds', () => {
    const reporting = new Map(
      describeOperations(domainDocument(spec, 'reporting')).map((o) => [o.descriptor.id, o.descriptor]),
    );
    expect(reporting.get('openData.statistics')?.responseContentType).toBe('text/csv');
    expect(reporting.get('statistics.get')?.responseContentType).toBeUndefined();
  });
});

describe('safeInt64AsNumber', () => {
  it('drops int64 only where both bounds fit in a JavaScript number', () => {
    const doc = {
      a: { type: 'integer', format: 'int64', minimum: 0, maximum: 900719925474099 },
      b: { type: 'integer', format: 'int64' },
    };
    const out = safeInt64AsNumber(doc);
    expect(out.a.format).toBeUndefined();
    expect(out.b.format).toBe('int64');
    expect(doc.a.format).toBe('int64'); // the input is not changed
  });
});
