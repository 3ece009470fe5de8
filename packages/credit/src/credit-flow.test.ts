import { apiKey, isNotFoundError, NotFoundError } from '@gigmarket/core';
import {
  MOCK_BASE_URL,
  problemResponse,
  specExample,
  specRequestExample,
  useSpecServer,
} from '@gigmarket/spec-examples';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  type CreditProfile,
  type CreditQueryCreate,
  createCreditClient,
  type RatingCreate,
} from './index.js';

const { server, sent } = useSpecServer();

const client = () => createCreditClient({ baseUrl: MOCK_BASE_URL, auth: apiKey('gm_test_platform') });
const profilePath = `${MOCK_BASE_URL}/credit-profiles/:subjectType/:subjectId`;

describe('credit: rate, read a profile, query with consent', () => {
  it('publishes a rating', async () => {
    const body = specRequestExample('ratings.create') as RatingCreate;
    const rating = await client().ratings.create(body);
    expect(rating).toEqual(specExample('ratings.create'));
    expect(await sent[0]?.json()).toEqual(body);
  });

  it('reads a credit profile, with both path ids in path order', async () => {
    const expected = specExample('creditProfiles.get') as CreditProfile;
    const profile = await client().creditProfiles.get('EMPLOYER', 'emp_01J0HZ8J1AZHENG00000000000');
    expect(profile).toEqual(expected);
    expect(new URL(sent[0]?.url ?? '').pathname).toBe(
      '/v1/credit-profiles/EMPLOYER/emp_01J0HZ8J1AZHENG00000000000',
    );
  });

  it('runs a consented credit query', async () => {
    const query = await client().creditQueries.create(
      specRequestExample('creditQueries.create') as CreditQueryCreate,
    );
    expect(query).toEqual(specExample('creditQueries.create'));
    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /v1/credit-queries']);
  });

  it('turns a 404 for an unknown subject into a NotFoundError', async () => {
    server.use(http.get(profilePath, () => problemResponse(404, 'not-found', { detail: 'No such worker.' })));
    const error = await client()
      .creditProfiles.get('WORKER', 'wkr_01J4NOTF0UND0000000000000')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(isNotFoundError(error) && [error.status, error.detail]).toEqual([404, 'No such worker.']);
  });

  it('rejects an empty path id before sending anything', async () => {
    await expect(client().creditProfiles.get('WORKER', '')).rejects.toThrow(/subjectType, subjectId/);
    expect(sent).toEqual([]);
  });
});
