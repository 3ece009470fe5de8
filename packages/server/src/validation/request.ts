import type { ZodType } from 'zod';
import { type FieldError, ProblemError, validationProblem } from '../http/problem.js';
import { deref, loadSpec } from '../spec/load.js';
import type { OperationSpec } from '../spec/registry.js';
import { formatErrors } from './formats.js';
import { schemaRuleErrors } from './schema-rules.js';
import { operationSchema } from './zod-schemas.js';

/** Turns zod issues into field errors with JSON Pointers (docs/conventions.md §4). */
function fieldErrors(
  issues: Array<{ path: PropertyKey[]; message: string; code: string }>,
  prefix: string,
): FieldError[] {
  return issues.map((i) => ({
    pointer: prefix.startsWith('#')
      ? `${prefix}/${String(i.path[0] ?? '')}`
      : `/${i.path.map(String).join('/')}`,
    detail: i.message,
    code: i.code,
  }));
}

/** Query values arrive as strings; coerce them to the types the spec declares before zod sees them. */
function coerceQuery(op: OperationSpec, raw: Record<string, string>): Record<string, unknown> {
  const spec = loadSpec();
  const item = spec.paths[op.path];
  const params = [...(item.parameters ?? []), ...(item[op.method.toLowerCase()].parameters ?? [])].map(
    (p: unknown) => deref(spec, p),
  );
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const schema = deref(
      spec,
      params.find((p: { name: string; in: string }) => p.in === 'query' && p.name === name)?.schema,
    );
    const type = Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type;
    if (type === 'integer' || type === 'number')
      out[name] = value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);
    else if (type === 'boolean') out[name] = value === 'true' ? true : value === 'false' ? false : value;
    else if (type === 'array') out[name] = value === '' ? [] : value.split(',');
    else out[name] = value;
  }
  return out;
}

function parse(
  schema: ZodType | undefined,
  value: unknown,
  prefix: string,
): { data: unknown; errors: FieldError[] } {
  if (!schema) return { data: value, errors: [] };
  const result = schema.safeParse(value);
  return result.success
    ? { data: result.data, errors: [] }
    : { data: value, errors: fieldErrors(result.error.issues, prefix) };
}

export interface ValidatedRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * Validates path, query and body with the operation's generated zod schemas and the identifier
 * checksums; throws one `400 validation-error` listing every field error.
 */
export function validateRequest(
  op: OperationSpec,
  input: {
    path: Record<string, string>;
    query: Record<string, string>;
    body: unknown;
    idempotencyKey?: string | undefined;
  },
): ValidatedRequest {
  const unknownQuery = Object.keys(input.query).filter((name) => !op.queryParams.includes(name));
  const errors: FieldError[] = unknownQuery.map((name) => ({
    pointer: `#/query/${name}`,
    detail: `unknown query parameter; this operation takes: ${op.queryParams.join(', ') || 'none'}`,
    code: 'unrecognized',
  }));
  const path = parse(operationSchema(op.domain, op.id, 'Path'), input.path, '#/path');
  const known = Object.fromEntries(Object.entries(input.query).filter(([n]) => op.queryParams.includes(n)));
  const query = parse(operationSchema(op.domain, op.id, 'Query'), coerceQuery(op, known), '#/query');
  // An optional body may be left out entirely; a required one must be there and valid.
  const validateBody =
    op.requestContentTypes.length > 0 && (input.body !== undefined || op.requestBodyRequired);
  const body = validateBody
    ? parse(operationSchema(op.domain, op.id, 'Body'), input.body, '')
    : { data: undefined, errors: [] };
  errors.push(...path.errors, ...query.errors, ...body.errors);
  if (op.idempotency === 'required' && !input.idempotencyKey) {
    errors.push({
      pointer: '#/header/Idempotency-Key',
      detail:
        'required: this request moves money or binds insurance; send a unique key (e.g. a UUID) and reuse it on retries',
      code: 'required',
    });
  } else if (input.idempotencyKey !== undefined && !/^[\x21-\x7E]{8,255}$/.test(input.idempotencyKey)) {
    errors.push({
      pointer: '#/header/Idempotency-Key',
      detail: 'must be 8–255 printable ASCII characters',
      code: 'invalid_format',
    });
  }
  if (validateBody && input.body !== undefined) {
    const spec = loadSpec();
    const requestBody = deref(spec, spec.paths[op.path][op.method.toLowerCase()].requestBody);
    const media =
      requestBody?.content?.['application/json'] ??
      Object.values<{ schema: unknown }>(requestBody?.content ?? {})[0];
    // Rules zod cannot carry; a field zod already reported is not reported again.
    const reported = new Set(body.errors.map((e) => e.pointer));
    errors.push(...schemaRuleErrors(spec, media?.schema, input.body).filter((e) => !reported.has(e.pointer)));
    if (body.errors.length === 0) errors.push(...formatErrors(spec, media?.schema, input.body));
  }
  if (errors.length) throw validationProblem(errors);
  return {
    path: path.data as Record<string, string>,
    query: (query.data ?? {}) as Record<string, unknown>,
    body: body.data,
  };
}

/** Reads the request body as the operation expects; a body that is not JSON is `400 malformed-request`. */
export async function readBody(request: Request, op: OperationSpec): Promise<unknown> {
  if (!op.requestContentTypes.length) return undefined;
  const text = await request.text();
  if (text.trim() === '') return undefined;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  if (!/[/+]json$/.test(type)) {
    throw new ProblemError(
      400,
      'malformed-request',
      `Send the body as ${op.requestContentTypes.join(' or ')}; got ${type || 'no Content-Type'}.`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError(400, 'malformed-request', 'The request body is not valid JSON.');
  }
}
