/**
 * One measurement with autocannon: throughput and latency percentiles of a fixed request mix for a
 * fixed time, after a short warm-up. Every non-2xx answer is counted and reported, so a fast error
 * path cannot pass for a fast server.
 */
import autocannon from 'autocannon';

/** The figures of one measured row. */
export interface Measured {
  name: string;
  target: string;
  /** Completed operations per second (requests, or flows for a flow). */
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

/** Options of {@link measure}. */
export interface LoadOptions {
  url: string;
  /** Requests in order; autocannon cycles through them per connection. */
  requests: autocannon.Request[];
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  headers?: Record<string, string>;
}

function run(options: LoadOptions, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    connections: options.connections ?? 10,
    duration: seconds,
    headers: options.headers ?? {},
    requests: options.requests,
  });
}

/** Warms up, then measures `seconds` (default 10) of load; latencies in milliseconds. */
export async function measure(name: string, target: string, options: LoadOptions): Promise<Measured> {
  if ((options.warmupSeconds ?? 2) > 0) await run(options, options.warmupSeconds ?? 2);
  const result = await run(options, options.seconds ?? 10);
  return {
    name,
    target,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
