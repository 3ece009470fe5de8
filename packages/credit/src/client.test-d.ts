import type { CallOptions, Paginator } from '@gigmarket/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreditClient,
  CreditProfile,
  CreditQuery,
  CreditQueryCreate,
  Rating,
  RatingCreate,
} from './index.js';

declare const client: CreditClient;

describe('CreditClient signatures', () => {
  it('creditProfiles.get takes both path ids in path order', () => {
    expectTypeOf(client.creditProfiles.get).parameters.toEqualTypeOf<
      [subjectType: string, subjectId: string, options?: CallOptions]
    >();
    expectTypeOf(client.creditProfiles.get).returns.toEqualTypeOf<Promise<CreditProfile>>();
  });

  it('ratings and credit queries', () => {
    expectTypeOf(client.ratings.create).parameter(0).toEqualTypeOf<RatingCreate>();
    expectTypeOf(client.ratings.list()).toExtend<Paginator<Rating>>();
    expectTypeOf(client.creditQueries.create).parameter(0).toEqualTypeOf<CreditQueryCreate>();
    expectTypeOf(client.creditQueries.create).returns.toEqualTypeOf<Promise<CreditQuery>>();
    // @ts-expect-error the body is required
    client.creditQueries.create();
    // @ts-expect-error `score` is not a field of RatingCreate (it is `stars`)
    client.ratings.create({ ...({} as RatingCreate), score: 5 });
  });
});
