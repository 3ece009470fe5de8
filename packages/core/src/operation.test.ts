import { describe, expect, it } from 'vitest';
import { operationPathSegments } from './operation.js';

describe('operationPathSegments', () => {
  it.each([
    ['escrows.release', ['escrows', 'release']],
    ['webhookSubscriptions.rotateSecret', ['webhookSubscriptions', 'rotateSecret']],
    ['sandboxClock.advance', ['sandboxClock', 'advance']],
  ])('%s → %j', (id, expected) => {
    expect(operationPathSegments(id)).toEqual(expected);
  });

  it.each(['escrows', 'escrows.', 'escrows-release.get', '.get', 'jobs.take down'])('rejects %j', (id) => {
    expect(() => operationPathSegments(id)).toThrow(/resource\.action/);
  });
});
