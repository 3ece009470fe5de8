import { responseSchemas as common } from '@gigmarket/core/validation';
import { responseSchemas as credit } from '@gigmarket/credit/validation';
import { responseSchemas as insurance } from '@gigmarket/insurance/validation';
import { responseSchemas as jobs } from '@gigmarket/jobs/validation';
import { responseSchemas as reporting } from '@gigmarket/reporting/validation';
import { responseSchemas as settlement } from '@gigmarket/settlement/validation';
import type { z } from 'zod';
import { operationFor } from './operation-routes.js';

/**
 * Every operation's generated response schema, merged as `@gigmarket/sdk/validation` merges them
 * (the server may not depend on the SDK, but it does depend on the domain packages).
 */
export const RESPONSE_SCHEMAS: Record<string, { response?: unknown }> = {
  ...common,
  ...jobs,
  ...settlement,
  ...insurance,
  ...credit,
  ...reporting,
};

/** Thrown when a 2xx answer does not parse with its operation's response schema. */
export class ResponseSchemaMismatch extends Error {}

/**
 * Parses every 2xx response with its operation's zod response schema and remembers which
 * operations answered one. A mismatch throws at the call that received it, so the failing flow
 * step is the one named in the report. The parse is the schema's own (`safeParse`), not the SDK's
 * forward-compatible reading: the reference server must match the version of the spec it ships.
 *
 * @example
 * const recorder = createResponseRecorder();
 * const server = await startTestServer({ recorder });
 * // … drive flows …
 * expect([...recorder.parsed]).toContain('escrows.release');
 */
export function createResponseRecorder() {
  const parsed = new Set<string>();
  return {
    parsed,
    /** Checks one answer; non-2xx answers are not the recorder's business (the tests assert those). */
    check(method: string, path: string, status: number, body: unknown): void {
      if (status < 200 || status > 299) return;
      const op = operationFor(method, path);
      if (!op)
        throw new ResponseSchemaMismatch(
          `${method} ${path} answered ${status} but is no operation of the spec`,
        );
      const schema = RESPONSE_SCHEMAS[op.id]?.response as z.ZodType | undefined;
      if (!schema) throw new ResponseSchemaMismatch(`${op.id} has no generated response schema`);
      const result = schema.safeParse(status === 204 ? undefined : body);
      if (!result.success) {
        const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
        throw new ResponseSchemaMismatch(
          `${op.id} (${status}) does not match its schema:\n  ${issues.join('\n  ')}`,
        );
      }
      parsed.add(op.id);
    },
  };
}

/** What `startTestServer({ recorder })` takes. */
export type ResponseRecorder = ReturnType<typeof createResponseRecorder>;
