import type { Caller, ProbeRequest, ProbeResponse } from './probe.js';

/** The longest rate-limit window the kit waits out before starting (the SDK's own ceiling). */
export const MAX_WAIT_MS = 60_000;

/**
 * Before the first check: waits until none of the given callers is rate limited. The last check
 * (COM-RTL-002) exhausts a client's limit on purpose, so a second run started within the same
 * window would otherwise fail unrelated checks with 429s. Waits each `Retry-After` (at most
 * {@link MAX_WAIT_MS}) once per caller; returns the total wait in milliseconds.
 *
 * @example
 * const waitedMs = await waitForRateLimitWindow(ctx.probe, ['primary', 'second']);
 */
export async function waitForRateLimitWindow(
  probe: (request: ProbeRequest) => Promise<ProbeResponse>,
  callers: readonly Caller[],
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<number> {
  let waited = 0;
  for (const as of callers) {
    const answer = await probe({ path: '/me', as });
    if (answer.status !== 429) continue;
    const seconds = Number(answer.headers.get('retry-after'));
    const ms = Math.min(MAX_WAIT_MS, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : MAX_WAIT_MS);
    await sleep(ms);
    waited += ms;
  }
  return waited;
}
