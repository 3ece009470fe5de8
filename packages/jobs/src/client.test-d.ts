import type { CallOptions, Paginator } from '@gigmarket/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { Application, ApplicationCreate, Job, JobCreate, JobsClient } from './index.js';

declare const client: JobsClient;

describe('JobsClient signatures', () => {
  it('jobs.create takes a required JobCreate and resolves to a Job', () => {
    expectTypeOf(client.jobs.create).parameters.toEqualTypeOf<[body: JobCreate, options?: CallOptions]>();
    expectTypeOf(client.jobs.create).returns.toEqualTypeOf<Promise<Job>>();
    // @ts-expect-error the body is required
    client.jobs.create();
  });

  it('applications.create takes the job id, then the body', () => {
    expectTypeOf(client.applications.create).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.applications.create).parameter(1).toEqualTypeOf<ApplicationCreate>();
    expectTypeOf(client.applications.accept).returns.toEqualTypeOf<Promise<Application>>();
    // @ts-expect-error path ids are strings
    client.jobs.submit(1);
  });

  it('lists return a Paginator of the item, and take only the spec’s query parameters', () => {
    expectTypeOf(client.jobs.list({ region: '330110', limit: 20 })).toExtend<Paginator<Job>>();
    expectTypeOf(client.applications.list('job_01J4ZZZZZZZZZZZZZZZZZZZZZZ')).toExtend<
      Paginator<Application>
    >();
    // @ts-expect-error `regionCode` is not a query parameter (it is `region`)
    client.jobs.list({ regionCode: '330110' });
  });

  it('rejects unknown body fields', () => {
    const body = {} as JobCreate;
    // @ts-expect-error `salary` is not a field of JobCreate
    client.jobs.create({ ...body, salary: 1 });
  });
});
