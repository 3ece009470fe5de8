import { commonOperationTable, validateResponse } from '@gigmarket/core';
import { specOperations } from '@gigmarket/spec-examples';
import { describe, expect, it } from 'vitest';
import { operationTable } from './operation-table.js';
import { responseSchemas } from './validation.js';

const documented = specOperations().filter((o) => o.mediaType !== undefined);
const strict = { mode: 'strict', schemas: responseSchemas } as const;

describe('responseSchemas', () => {
  it('has a schema for every operation of the standard that returns a body', () => {
    const missing = documented.map((o) => o.operationId).filter((id) => !(id in responseSchemas));
    expect(missing).toEqual([]);
    expect(Object.keys(responseSchemas).length).toBeGreaterThan(Object.keys(commonOperationTable).length);
    expect(Object.keys(responseSchemas).every((id) => id in operationTable)).toBe(true);
  });

  it.each(documented.map((o) => [o.operationId, o] as const))(
    "accepts the spec's example response of %s in strict mode",
    (operationId, { successStatus, example }) => {
      expect(() => validateResponse(operationId, successStatus, example, strict)).not.toThrow();
    },
  );
});
