import { apiKey, isNotFoundError, isValidationError, NotFoundError, ValidationError } from '@gigmarket/core';
import {
  MOCK_BASE_URL,
  problemResponse,
  specExample,
  specRequestExample,
  useSpecServer,
} from '@gigmarket/spec-examples';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { type ApplicationCreate, createJobsClient, type Job, type JobCreate } from './index.js';

const { server, sent } = useSpecServer();

const client = () => createJobsClient({ baseUrl: MOCK_BASE_URL, auth: apiKey('gm_test_platform') });
const JOB_ID = (specExample('jobs.get') as Job).id;

describe('jobs: post, submit, list, apply, accept', () => {
  it('creates a job with the body as JSON, the API key and an Idempotency-Key', async () => {
    const body = specRequestExample('jobs.create') as JobCreate;
    const job = await client().jobs.create(body);
    expect(job).toEqual(specExample('jobs.create'));
    const [request] = sent;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${MOCK_BASE_URL}/jobs`);
    expect(request?.headers.get('x-api-key')).toBe('gm_test_platform');
    expect(request?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await request?.json()).toEqual(body);
  });

  it('submits a job for review, with the job id in the path', async () => {
    const job = await client().jobs.submit(JOB_ID);
    expect(job).toEqual(specExample('jobs.submit'));
    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST /v1/jobs/${JOB_ID}/submit`,
    ]);
  });

  it('walks two pages of jobs, sending the cursor and keeping the filters', async () => {
    const job = specExample('jobs.get') as Job;
    const second = { ...job, id: 'job_01J4ZZZZZZZZZZZZZZZZZZZZZZ' };
    server.use(
      http.get(`${MOCK_BASE_URL}/jobs`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return cursor === 'page-2'
          ? HttpResponse.json({ data: [second], nextCursor: null })
          : HttpResponse.json({ data: [job], nextCursor: 'page-2' });
      }),
    );
    const ids: string[] = [];
    for await (const item of client().jobs.list({ region: '330110', limit: 1 })) ids.push(item.id);
    expect(ids).toEqual([job.id, second.id]);
    const queries = sent.map((r) => Object.fromEntries(new URL(r.url).searchParams));
    expect(queries).toEqual([
      { region: '330110', limit: '1' },
      { region: '330110', limit: '1', cursor: 'page-2' },
    ]);
  });

  it('applies to a job and accepts the offer', async () => {
    const jobs = client();
    const application = await jobs.applications.create(
      JOB_ID,
      specRequestExample('applications.create') as ApplicationCreate,
    );
    expect(application).toEqual(specExample('applications.create'));
    const accepted = await jobs.applications.accept(application.id);
    expect(accepted.status).toBe((specExample('applications.accept') as { status: string }).status);
    expect(sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      `POST /v1/jobs/${JOB_ID}/applications`,
      `POST /v1/applications/${application.id}/accept`,
    ]);
  });
});

describe('jobs: failures', () => {
  it('turns a 400 with field errors into a ValidationError that carries them', async () => {
    const errors = [
      { pointer: '/payRate/amountFen', detail: 'must be at least the local minimum wage', code: 'minimum' },
    ];
    server.use(
      http.post(`${MOCK_BASE_URL}/jobs`, () =>
        problemResponse(400, 'validation-error', { detail: 'Invalid job.', errors }),
      ),
    );
    const error = await client()
      .jobs.create(specRequestExample('jobs.create') as JobCreate)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(isValidationError(error) && error.errors).toEqual(errors);
    expect(isValidationError(error) && error.status).toBe(400);
  });

  it('turns a 404 into a NotFoundError naming the operation', async () => {
    server.use(
      http.get(`${MOCK_BASE_URL}/jobs/:jobId`, () =>
        problemResponse(404, 'not-found', { detail: 'No such job.' }),
      ),
    );
    const error = await client()
      .jobs.get('job_01J4NOTF0UND0000000000000')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(isNotFoundError(error) && error.operationId).toBe('jobs.get');
    expect(isNotFoundError(error) && error.requestId).toBe('req_01J4REQ0000000000000000000');
  });
});
