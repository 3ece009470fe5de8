import type { ManualTime } from './clock.js';
import type { RewindableIds } from './ids.js';
import { operationFor } from './operations.js';
import type { Overrides } from './scenario/overrides.js';
import { parsePrefer } from './scenario/prefer.js';
import { preferredResponse } from './scenario/preferred.js';
import { problemResponse } from './scenario/problem.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What happens to each request, in order: a malformed `Prefer` is refused; `latency` waits; a
 * failure queued with `failNext` for the operation answers instead (innermost boundary first);
 * a `Prefer` code or example answers instead; otherwise the reference server's app answers.
 * Paths outside the standard go to the app, which answers its own `404 not-found`.
 */
export function requestPipeline(input: {
  /** The reference server's app (Hono's `fetch`). */
  app: { fetch(request: Request): Response | Promise<Response> };
  basePath: string;
  time: ManualTime;
  ids: RewindableIds;
  /** The override sets in force for this request, innermost first. */
  overrides: () => Array<Overrides | undefined>;
}): (request: Request) => Promise<Response> {
  const { app, basePath, time, ids } = input;
  const requestId = () => ids.next('req', time.now().getTime());
  return async (request) => {
    const path = new URL(request.url).pathname.slice(basePath.length) || '/';
    const preference = parsePrefer(request.headers.get('prefer'));
    if ('error' in preference)
      return problemResponse({ status: 400, detail: preference.error }, requestId(), 'Prefer');
    if (preference.latencyMs) await sleep(preference.latencyMs);
    const op = operationFor(request.method, path);
    if (op) {
      for (const overrides of input.overrides()) {
        const failure = overrides?.take(op.id);
        if (failure) return problemResponse(failure, requestId(), `failNext('${op.id}')`);
      }
      const preferred = preferredResponse(op, preference, requestId);
      if (preferred) return preferred;
    }
    const response = await app.fetch(request);
    // The sandbox clock lives in the database; mirror it so that `mock.clock.now()` agrees.
    if (op?.id === 'sandboxClock.advance' && response.ok) {
      const { offsetSeconds } = (await response.clone().json()) as { offsetSeconds: number };
      time.offsetMs = offsetSeconds * 1000;
    }
    return response;
  };
}
