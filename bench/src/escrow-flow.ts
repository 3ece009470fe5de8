/**
 * The money flow as one measured operation: create an escrow for a filled job, fund it, hold it
 * (FUNDED → HELD: the state machine releases only held work, settlement.md) and release it. Each
 * autocannon connection runs the four requests in order; a flow's latency is from its first request
 * sent to its last answer, and only flows whose four answers were all 2xx count.
 */
import autocannon from 'autocannon';
import type { Measured } from './load.js';
import type { SeededCity } from './seed.js';

type Context = { start?: number; escrowId?: string; ok?: boolean };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Runs the flow for `seconds` on `connections` connections against `url` (the server's origin). */
export async function measureEscrowFlow(
  url: string,
  apiKey: string,
  pool: SeededCity['escrowPool'],
  options: { connections?: number; seconds?: number } = {},
): Promise<Measured> {
  const seconds = options.seconds ?? 10;
  const durations: number[] = [];
  let next = 0;
  let failed = 0;
  let sent = 0;
  const key = () => `bench-${process.pid}-${++sent}`;
  const checked =
    (expect: number, last = false) =>
    (status: number, body: string, context: Context) => {
      if (status !== expect) context.ok = false;
      if (!context.escrowId && status === 201) context.escrowId = (JSON.parse(body) as { id: string }).id;
      if (!last) return;
      if (context.ok && context.start !== undefined) durations.push(performance.now() - context.start);
      else failed++;
    };
  const step = (action: string, body: (n: number) => unknown, last = false): autocannon.Request => ({
    method: 'POST',
    setupRequest: (req, context: Context) => ({
      ...req,
      path: `/v1/escrows/${context.escrowId ?? 'none'}/${action}`,
      headers: { ...req.headers, 'Idempotency-Key': key() },
      body: JSON.stringify(body(sent)),
    }),
    onResponse: checked(200, last),
  });
  const result = await autocannon({
    url,
    connections: options.connections ?? 4,
    duration: seconds,
    headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/v1/escrows',
        setupRequest: (req, context: Context) => {
          const job = pool[next++];
          if (!job) throw new Error('bench: the escrow pool ran out; raise BENCH_ESCROW_POOL');
          Object.assign(context, { start: performance.now(), escrowId: undefined, ok: true });
          return {
            ...req,
            headers: { ...req.headers, 'Idempotency-Key': key() },
            body: JSON.stringify({
              jobId: job.jobId,
              payerEmployerId: job.employerId,
              amountFen: job.amountFen,
              provider: 'WECHAT_PAY',
            }),
          };
        },
        onResponse: checked(201),
      },
      step('fund', (n) => ({ providerTransactionId: `4200000${process.pid}${n}` })),
      step('hold', () => ({})),
      step('release', () => ({ reason: '雇主确认完工' }), true),
    ],
  });
  const sorted = durations.sort((a, b) => a - b);
  return {
    name: 'escrow flow: create → fund → hold → release',
    target: '',
    perSecond: durations.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: result.errors + result.timeouts + failed,
    non2xx: result.non2xx,
    total: durations.length,
  };
}
