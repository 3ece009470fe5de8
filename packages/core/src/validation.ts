import { ResponseValidationError, type ValidationIssue } from './errors/response-validation-error.js';

/**
 * `strict`: a response that does not match its schema throws {@link ResponseValidationError}.
 * `warn`: it is returned, and `onWarning` is told. `off`: responses are not checked.
 *
 * @example
 * ```ts
 * const mode: ValidationMode = process.env.NODE_ENV === 'test' ? 'strict' : 'off';
 * ```
 */
export type ValidationMode = 'strict' | 'warn' | 'off';

/**
 * The mode when the transport gets no `validation` option: `off`. Production clients stay fast and
 * forward compatible (a server on a newer minor version of the standard may add fields and enum
 * values, which clients must accept); turn on `strict` in tests, `warn` to watch a live integration.
 *
 * @example
 * ```ts
 * DEFAULT_VALIDATION_MODE; // 'off'
 * ```
 */
export const DEFAULT_VALIDATION_MODE: ValidationMode = 'off';

/**
 * Any schema with zod's `safeParse` (or only `parse`, which throws an error with `issues`). Typed
 * structurally so that core never imports zod.
 *
 * @example
 * ```ts
 * const schema: ResponseSchema = z.object({ id: z.string() });
 * ```
 */
export type ResponseSchema =
  | {
      safeParse(
        data: unknown,
      ): { success: true } | { success: false; error: { readonly issues: readonly ValidationIssue[] } };
    }
  | { parse(data: unknown): unknown };

/**
 * The schema map the code generator writes, keyed by `operationId`, in an entry point of its own
 * (e.g. `@gigmarket/settlement/validation`) so that zod is loaded only by those who validate. The
 * transport validates with a map made by {@link defineResponseSchemas}, which carries the validator.
 *
 * @example
 * ```ts
 * export const schemas = defineResponseSchemas({ 'escrows.get': { response: zEscrow } }) satisfies SchemaMap;
 * ```
 */
export type SchemaMap = Readonly<Record<string, { readonly response?: ResponseSchema }>>;

/**
 * Another name for {@link SchemaMap}, for generated `validation.ts` files.
 *
 * @example
 * ```ts
 * export const responseSchemas = { 'escrows.get': { response: zEscrowsGetResponse } } satisfies ValidationSchemas;
 * ```
 */
export type ValidationSchemas = SchemaMap;

/**
 * What `onWarning` receives in `warn` mode.
 *
 * @example
 * ```ts
 * const onWarning = (warning: ValidationWarning) => metrics.count(`schema-drift.${warning.operationId}`);
 * ```
 */
export interface ValidationWarning {
  operationId: string;
  status: number;
  issues: readonly ValidationIssue[];
  /** The response body as received; it is returned to the caller unchanged. */
  data: unknown;
}

/**
 * The transport's `validation` option. `mode` is required so that passing schemas is an explicit
 * choice; `schemas` must be made by {@link defineResponseSchemas} (every package's `/validation`
 * entry exports such a map as `responseSchemas`).
 *
 * @example
 * ```ts
 * import { schemas } from '@gigmarket/settlement/schemas';
 * createTransport({ baseUrl, validation: { mode: 'strict', schemas } });
 * ```
 */
export interface ValidationOptions {
  mode: ValidationMode;
  schemas: SchemaMap;
  /** Called in `warn` mode for each response with issues. Default: nothing (the SDK never logs). */
  onWarning?: (warning: ValidationWarning) => void;
}

/** The value at an issue's path, or undefined when the path leads nowhere. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A string the schema's enum does not list (zod 4: `invalid_value` with the allowed `values`). An
 * issue that lists one value comes from a constant (`z.literal`, e.g. `workerContributionFen: 0`)
 * and still counts: a constant is a rule, not a list that may grow.
 */
function isUnknownEnumValue(issue: ValidationIssue, data: unknown): boolean {
  const { values } = issue as { values?: unknown };
  return (
    issue.code === 'invalid_value' &&
    Array.isArray(values) &&
    values.length > 1 &&
    values.every((v) => typeof v === 'string') &&
    typeof valueAt(data, issue.path) === 'string'
  );
}

/**
 * Issues that only say the response is newer than the schema: unknown keys (`unrecognized_keys`,
 * even against a strict object schema) and unknown enum values. Clients must accept those, because
 * the standard adds fields and enum values in minor versions (docs/versioning.md), so they never
 * count. A union (`invalid_union`, e.g. a nullable enum) is forgiven when one of its branches failed
 * only for such reasons; the branches' paths are relative to the union's value.
 */
function isForwardCompatible(issue: ValidationIssue, data: unknown): boolean {
  if (issue.code === 'unrecognized_keys') return true;
  if (isUnknownEnumValue(issue, data)) return true;
  const { errors } = issue as { errors?: unknown };
  if (issue.code !== 'invalid_union' || !Array.isArray(errors)) return false;
  const value = valueAt(data, issue.path);
  return (errors as ValidationIssue[][]).some(
    (branch) => branch.length > 0 && branch.every((inner) => isForwardCompatible(inner, value)),
  );
}

function findIssues(schema: ResponseSchema, data: unknown): readonly ValidationIssue[] {
  if ('safeParse' in schema) {
    const result = schema.safeParse(data);
    return result.success ? [] : result.error.issues;
  }
  try {
    schema.parse(data);
    return [];
  } catch (error) {
    const issues = (error as { issues?: unknown }).issues;
    if (Array.isArray(issues)) return issues as ValidationIssue[];
    return [{ path: [], message: error instanceof Error ? error.message : String(error) }];
  }
}

/**
 * Checks a parsed success response against its operation's schema, per the mode. The data is never
 * transformed: the caller gets the body as the server sent it, unknown fields included.
 *
 * @example
 * ```ts
 * validateResponse('escrows.get', 200, body, { mode: 'strict', schemas }); // throws on a mismatch
 * ```
 */
export function validateResponse(
  operationId: string,
  status: number,
  data: unknown,
  options: ValidationOptions | undefined,
): void {
  if (!options || options.mode === 'off') return;
  const schema = options.schemas[operationId]?.response;
  if (!schema) return;
  const issues = findIssues(schema, data).filter((issue) => !isForwardCompatible(issue, data));
  if (issues.length === 0) return;
  if (options.mode === 'strict') throw new ResponseValidationError(operationId, status, issues, data);
  options.onWarning?.({ operationId, status, issues, data });
}

/**
 * Where {@link defineResponseSchemas} puts the validator on a schema map. The transport looks the
 * validator up there instead of importing it, so clients that do not validate do not carry it.
 */
export const RESPONSE_VALIDATOR: unique symbol = Symbol.for('@gigmarket/core.validateResponse');

/** A schema map that brings its validator along (an enumerable symbol, so spreading maps keeps it). */
export type ValidatingSchemaMap = SchemaMap & { readonly [RESPONSE_VALIDATOR]?: typeof validateResponse };

/**
 * Makes a schema map the transport can validate with: the same map, with {@link validateResponse}
 * attached. Merge several with spread (`{ ...common, ...jobs }`); the result still validates.
 *
 * @example
 * ```ts
 * export const responseSchemas = defineResponseSchemas({ 'escrows.get': { response: zEscrowsGetResponse } });
 * createTransport({ baseUrl, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 */
export function defineResponseSchemas<T extends SchemaMap>(schemas: T): T {
  return { ...schemas, [RESPONSE_VALIDATOR]: validateResponse };
}
