import type { CallAs, ClientName, TestResponse, TestServer } from '../harness.js';

/**
 * The body of a successful answer, or an error naming the step and the server's problem: a flow
 * that goes wrong stops where it went wrong, with the `detail` that says why.
 *
 * @example
 * const job = await ok(as('platformA')('POST', '/jobs', body), 'create the job');
 */
// biome-ignore lint/suspicious/noExplicitAny: flows read bodies loosely, as the domain tests do
export async function ok(response: Promise<TestResponse>, step: string): Promise<any> {
  const res = await response;
  if (res.status < 200 || res.status > 299)
    throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A fresh Idempotency-Key header, for the writes that require one. */
let n = 0;
export const idem = () => ({ 'Idempotency-Key': `flow-${Date.now()}-${++n}` });

/** Callers for several clients at once: `const [a, hr] = callers(server, ['platformA', 'hrAgency'] as const)`. */
export function callers<const T extends readonly ClientName[]>(
  server: TestServer,
  names: T,
): { [K in keyof T]: CallAs } {
  return names.map((name) => server.as(name)) as { [K in keyof T]: CallAs };
}
