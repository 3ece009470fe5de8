import type { OperationSpec } from '@gigmarket/server/browser';
import { documentedExamples } from './examples.js';
import type { Preference } from './prefer.js';
import { INJECTABLE_STATUSES, problemResponse } from './problem.js';

/**
 * The answer a `Prefer` header asks for instead of running the request, or `undefined` to run it:
 * an error status answers a problem (or the documented example of that response with
 * `example=`); the operation's success status with `example=` answers the documented example; the
 * success status alone runs the request as usual. Anything else is a `400` that says what is possible.
 */
export function preferredResponse(
  op: OperationSpec,
  preference: Preference,
  requestId: () => string,
): Response | undefined {
  const { code, example } = preference;
  if (code === undefined && example === undefined) return undefined;
  const status = code ?? op.successStatus;
  const header = `Prefer: ${[code !== undefined && `code=${code}`, example && `example=${example}`].filter(Boolean).join(', ')}`;
  const refuse = (detail: string) => problemResponse({ status: 400, detail }, requestId(), header);
  if (status < 400 && status !== op.successStatus)
    return refuse(
      `${header}: ${op.id} answers ${op.successStatus} on success; prefer that or an error status (${INJECTABLE_STATUSES.join(', ')}).`,
    );
  if (example === undefined) {
    if (status < 400) return undefined;
    if (!INJECTABLE_STATUSES.includes(status))
      return refuse(`${header}: the standard documents problems for ${INJECTABLE_STATUSES.join(', ')} only.`);
    return problemResponse({ status }, requestId(), header);
  }
  const examples = documentedExamples(op, status);
  const documented = examples.get(example);
  if (!documented)
    return refuse(
      `${header}: ${op.id} documents ${examples.size ? `the examples ${[...examples.keys()].join(', ')}` : 'no example'} for status ${status}.`,
    );
  const id = requestId();
  const body = documented.body as Record<string, unknown>;
  const isProblem = status >= 400 && typeof body === 'object' && body !== null;
  return new Response(
    JSON.stringify(isProblem ? { ...body, requestId: id, instance: `urn:request:${id}` } : body),
    {
      status,
      headers: { 'Content-Type': documented.mediaType, 'X-Request-Id': id },
    },
  );
}
