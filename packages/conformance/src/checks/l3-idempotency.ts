import { ensure } from '../context.js';
import { workerBody } from '../fixtures/bodies.js';
import { draftJob } from '../fixtures/objects.js';
import type { Check } from '../types.js';
import { ensureFieldError, ensureProblem } from './assert.js';

const post = (body: unknown, key: string) => ({
  method: 'POST',
  path: '/workers',
  body,
  headers: { 'Idempotency-Key': key },
});

/** Level 3: Idempotency-Key semantics (conventions.md §5). */
export const idempotencyChecks: Check[] = [
  {
    id: 'COM-IDM-001',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A replay with the same key and body returns the original answer with Idempotent-Replayed: true',
    spec: 'conventions.md#5-idempotency',
    run: async (ctx) => {
      const key = crypto.randomUUID();
      const body = workerBody();
      const first = await ctx.probe(post(body, key));
      ensure(first.status === 201, `POST /workers answered ${first.status}, not 201.`);
      const replay = await ctx.probe(post(body, key));
      ensure(
        replay.status === first.status,
        `the replay answered ${replay.status}, the original ${first.status}.`,
      );
      ensure(
        replay.body?.id === first.body.id,
        `the replay created another worker (${replay.body?.id}, original ${first.body.id}).`,
      );
      ensure(
        replay.headers.get('idempotent-replayed') === 'true',
        'the replay lacks the header Idempotent-Replayed: true.',
      );
    },
  },
  {
    id: 'COM-IDM-002',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'The same key with a different body is answered 422 idempotency-key-reuse',
    spec: 'conventions.md#5-idempotency',
    run: async (ctx) => {
      const key = crypto.randomUUID();
      const first = await ctx.probe(post(workerBody(), key));
      ensure(first.status === 201, `POST /workers answered ${first.status}, not 201.`);
      ensureProblem(
        await ctx.probe(post(workerBody(), key)),
        422,
        'idempotency-key-reuse',
        'the same key with another body',
      );
    },
  },
  {
    id: 'COM-IDM-003',
    level: 3,
    domain: 'settlement',
    severity: 'MUST',
    title: 'A money-moving POST without Idempotency-Key is answered 400 and creates nothing',
    spec: 'conventions.md#5-idempotency',
    run: async (ctx) => {
      const job = await draftJob(ctx);
      const body = {
        jobId: job.id,
        payerEmployerId: job.employerId,
        amountFen: 60000,
        provider: 'WECHAT_PAY',
      };
      const res = await ctx.probe({ method: 'POST', path: '/escrows', body });
      ensureProblem(res, 400, 'validation-error', 'POST /escrows without Idempotency-Key');
      ensureFieldError(res, '#/header/Idempotency-Key');
      const list = await ctx.probe({ path: `/escrows?jobId=${job.id}` });
      ensure(list.body?.data?.length === 0, `the refused POST still created escrow(s) for job ${job.id}.`);
    },
  },
  {
    id: 'COM-IDM-004',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title:
      'Concurrent duplicates with one key have one effect (others replay or get 409 idempotency-key-in-use)',
    spec: 'conventions.md#5-idempotency',
    run: async (ctx) => {
      const key = crypto.randomUUID();
      const body = workerBody();
      const answers = await Promise.all([1, 2, 3].map(() => ctx.probe(post(body, key))));
      const created = new Set(answers.filter((a) => a.status === 201).map((a) => a.body.id));
      const others = answers.filter(
        (a) =>
          a.status !== 201 && !(a.status === 409 && String(a.body?.type).endsWith('/idempotency-key-in-use')),
      );
      ensure(others.length === 0, `unexpected answers: ${others.map((a) => a.status).join(', ')}.`);
      ensure(created.size === 1, `three concurrent requests with one key created ${created.size} workers.`);
    },
  },
];
