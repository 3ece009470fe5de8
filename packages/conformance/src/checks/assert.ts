import { ensure } from '../context.js';
import type { ProbeResponse } from '../http/probe.js';

const PROBLEM_BASE = 'https://gigmarket.org.cn/problems/';

/**
 * Fails unless `res` is an RFC 9457 problem with `status` and the problem type `slug`
 * (conventions.md §4): the content type, the members and the status must all agree.
 */
export function ensureProblem(res: ProbeResponse, status: number, slug: string, what: string): void {
  ensure(
    res.status === status,
    `${what}: expected ${status} ${slug}, got ${res.status}${res.body?.type ? ` ${res.body.type}` : ''}.`,
  );
  ensure(
    (res.headers.get('content-type') ?? '').startsWith('application/problem+json'),
    `${what}: the ${status} answer must be application/problem+json, not "${res.headers.get('content-type')}".`,
  );
  ensure(
    res.body?.type === `${PROBLEM_BASE}${slug}`,
    `${what}: the problem type must be ${PROBLEM_BASE}${slug}, not ${JSON.stringify(res.body?.type)}.`,
  );
  ensure(res.body?.status === status, `${what}: the problem's "status" member must be ${status}.`);
}

/** Fails unless the validation problem names `pointer` in `errors[]` (optionally with `code`). */
export function ensureFieldError(res: ProbeResponse, pointer: string, code?: string): void {
  const errors: Array<{ pointer?: string; code?: string }> = Array.isArray(res.body?.errors)
    ? res.body.errors
    : [];
  const hit = errors.find((e) => e.pointer === pointer);
  ensure(
    hit,
    `errors[] must name the field ${pointer}; it names ${JSON.stringify(errors.map((e) => e.pointer))}.`,
  );
  if (code)
    ensure(
      hit.code === code,
      `the field error of ${pointer} must have code ${code}, not ${JSON.stringify(hit.code)}.`,
    );
}

/** A syntactically valid identifier that no implementation has issued (the ULID of time zero). */
export const unknownId = (prefix: string) => `${prefix}_00000000000000000000000000`;
