import { describe, expect, expectTypeOf, it } from 'vitest';
import { escrowsGet, escrowsRelease, jobsList } from './__test__/descriptors.js';
import { defineOperations } from './operation.js';

describe('defineOperations', () => {
  it('expands rows into descriptors: id from the key, path parameters from the path, defaults filled in', () => {
    const table = defineOperations({
      escrows: {
        get: ['GET', '/escrows/{escrowId}'],
        release: ['POST', '/escrows/{escrowId}/release', null, false, null, null, 'required'],
      },
      jobs: { list: ['GET', '/jobs', 'status,regionCode,updatedSince,limit,cursor', null, null, true] },
    });
    expectTypeOf<keyof typeof table>().toEqualTypeOf<'escrows.get' | 'escrows.release' | 'jobs.list'>();
    // Generated tables carry neither summaries nor scopes.
    const { summary: _get, scopes: _getScopes, ...get } = escrowsGet;
    const { summary: _release, scopes: _releaseScopes, ...release } = escrowsRelease;
    const { summary: _list, scopes: _listScopes, ...list } = jobsList;
    expect(table).toEqual({ 'escrows.get': get, 'escrows.release': release, 'jobs.list': list });
  });

  it('defaults idempotency to optional for POST, reads full request bodies and the extra fields', () => {
    const table = defineOperations({
      auth: {
        token: [
          'POST',
          '/oauth/token',
          null,
          { contentType: 'application/x-www-form-urlencoded', required: true },
        ],
      },
      webhookSubscriptions: {
        delete: ['DELETE', '/webhook-subscriptions/{webhookSubscriptionId}', null, null, 204],
      },
      feeds: {
        get: [
          'GET',
          '/feeds/{feedId}',
          null,
          null,
          null,
          null,
          null,
          { responseContentType: 'text/csv', sandbox: true },
        ],
      },
    });
    expect(table['auth.token']).toMatchObject({
      idempotency: 'optional',
      requestBody: { contentType: 'application/x-www-form-urlencoded', required: true },
      pathParams: [],
    });
    expect(table['webhookSubscriptions.delete']).toMatchObject({
      idempotency: 'none',
      successStatus: 204,
      pathParams: ['webhookSubscriptionId'],
    });
    expect(table['feeds.get']).toMatchObject({
      responseContentType: 'text/csv',
      sandbox: true,
    });
  });
});
