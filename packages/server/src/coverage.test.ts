import { describe, expect, it } from 'vitest';
import { referenceBehaviour } from './behaviour.js';
import { implemented } from './operations/dispatch.js';
import { operationRegistry } from './spec/registry.js';

describe('coverage of the standard', () => {
  it('implements every operation of the spec (none would answer 501 not-implemented)', () => {
    const behaviour = referenceBehaviour();
    const missing = [...operationRegistry().values()]
      .filter((op) => !implemented(behaviour, op))
      .map((op) => op.id);
    expect(missing).toEqual([]);
  });

  it('has no resource definition or custom handler for an operation the spec does not have', () => {
    const behaviour = referenceBehaviour();
    const registry = operationRegistry();
    expect([...behaviour.custom.keys()].filter((id) => !registry.has(id))).toEqual([]);
    const schemas = new Set([...registry.values()].map((op) => op.resource));
    expect([...behaviour.resources.keys()].filter((type) => !schemas.has(type))).toEqual([]);
  });
});
