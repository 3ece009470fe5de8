import { describe, expect, it } from 'vitest';
import { escrowsGet, escrowsRelease, jobsCreate, jobsUpdate } from '../__test__/descriptors.js';
import type { OperationDescriptor } from '../operation.js';
import { encodeBody } from './encode-body.js';

const token: OperationDescriptor = {
  ...jobsCreate,
  id: 'auth.token',
  requestBody: { contentType: 'application/x-www-form-urlencoded', required: true },
};

describe('encodeBody', () => {
  it('encodes JSON, merge patch and forms', () => {
    expect(encodeBody(jobsCreate, { title: '搬运工' })).toEqual({
      body: '{"title":"搬运工"}',
      contentType: 'application/json',
    });
    expect(encodeBody(jobsUpdate, { title: null })).toEqual({
      body: '{"title":null}',
      contentType: 'application/merge-patch+json',
    });
    expect(
      encodeBody(token, {
        grant_type: 'client_credentials',
        scope: 'jobs:read jobs:write',
        skip: undefined,
        a: [1, 2],
      }),
    ).toEqual({
      body: 'grant_type=client_credentials&scope=jobs%3Aread+jobs%3Awrite&a=1&a=2',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('allows an optional body to be left out, and refuses a missing required one or an unexpected one', () => {
    expect(encodeBody(escrowsRelease, undefined)).toBeUndefined();
    expect(() => encodeBody(jobsCreate, undefined)).toThrow(
      'jobs.create needs a request body (application/json)',
    );
    expect(() => encodeBody(escrowsGet, { x: 1 })).toThrow('escrows.get takes no request body');
  });
});
