import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ConflictError } from './conflict-error.js';
import { GigMarketError } from './gigmarket-error.js';
import { isConflictError, isGigMarketError, isNotFoundError, isTimeoutError } from './guards.js';
import { NetworkError } from './network-error.js';
import { TimeoutError } from './timeout-error.js';

const problem = { type: 'about:blank', title: 'Conflict', status: 409 };

describe('error guards', () => {
  it('recognise errors of this package and nothing else', () => {
    const conflict = new ConflictError({ operationId: 'jobs.submit', status: 409, problem });
    expect(isGigMarketError(conflict)).toBe(true);
    expect(isConflictError(conflict)).toBe(true);
    expect(isNotFoundError(conflict)).toBe(false);
    expect(isGigMarketError(new Error('x'))).toBe(false);
    expect(isGigMarketError({ name: 'ConflictError' })).toBe(false);
    expect(isGigMarketError(null)).toBe(false);
  });

  it('work where instanceof does not: an error from another realm or package copy', () => {
    // A brand set with Symbol.for in another V8 context is the same symbol here.
    const foreign = runInNewContext(
      `const e = new Error('x'); e.name = 'ConflictError'; e[Symbol.for('@gigmarket/core.error')] = true; e`,
    ) as unknown;
    expect(foreign instanceof GigMarketError).toBe(false);
    expect(foreign instanceof Error).toBe(false);
    expect(isGigMarketError(foreign)).toBe(true);
    expect(isConflictError(foreign)).toBe(true);
  });

  it('tell network errors and timeouts apart; both have status 0', () => {
    const network = NetworkError.from('jobs.list', new TypeError('fetch failed'));
    const timeout = new TimeoutError('jobs.list', 1000);
    expect(isTimeoutError(timeout)).toBe(true);
    expect(isTimeoutError(network)).toBe(false);
    expect([network.status, timeout.status]).toEqual([0, 0]);
    expect(network.cause).toBeInstanceOf(TypeError);
    expect(network.message).toBe('jobs.list failed: Network error — fetch failed');
    expect(timeout.message).toContain('No response within 1000 ms');
  });
});
