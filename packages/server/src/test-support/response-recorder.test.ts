import { describe, expect, it } from 'vitest';
import { operationFor } from './operation-routes.js';
import { createResponseRecorder, ResponseSchemaMismatch } from './response-recorder.js';

const ESCROW = 'esc_01J4ESCR0W0000000000000000';

/** The recorder is what makes the happy-path test honest: it must refuse what the schema refuses. */
describe('the response recorder', () => {
  it('refuses a 2xx whose body breaks its schema, and records nothing for it', () => {
    const recorder = createResponseRecorder();
    expect(() =>
      recorder.check('GET', `/escrows/${ESCROW}`, 200, { id: ESCROW, amountFen: '300.00' }),
    ).toThrow(ResponseSchemaMismatch);
    expect(() => recorder.check('GET', '/nowhere', 200, {})).toThrow(/no operation of the spec/);
    expect(recorder.parsed.size).toBe(0);
  });

  it('records a parsed 2xx under its operation and ignores error answers', () => {
    const recorder = createResponseRecorder();
    recorder.check('GET', '/escrows', 200, { data: [], nextCursor: null });
    recorder.check('GET', `/escrows/${ESCROW}`, 404, { type: 'about:blank' });
    expect([...recorder.parsed]).toEqual(['escrows.list']);
  });

  it('routes literal paths before parameter paths, and ignores the query', () => {
    expect(operationFor('GET', '/open-data/catalog')?.id).toBe('openData.catalog');
    expect(operationFor('POST', `/escrows/${ESCROW}/release`)?.id).toBe('escrows.release');
    expect(operationFor('GET', '/jobs?status=PUBLISHED')?.id).toBe('jobs.list');
    expect(operationFor('GET', '/')?.id).toBe('discovery.get');
  });
});
