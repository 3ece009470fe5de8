/**
 * HTTP methods the standard uses.
 *
 * @example
 * ```ts
 * const method: HttpMethod = 'POST';
 * ```
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Request body media types the standard uses: JSON, JSON Merge Patch (RFC 7396) for updates, and
 * forms for the OAuth token endpoint.
 *
 * @example
 * ```ts
 * const contentType: RequestBodyContentType = 'application/merge-patch+json';
 * ```
 */
export type RequestBodyContentType =
  | 'application/json'
  | 'application/merge-patch+json'
  | 'application/x-www-form-urlencoded';

/**
 * Everything the runtime needs to know about one operation of the standard: the contract between
 * the code generator (which writes one descriptor per `operationId` into `src/generated/`) and the
 * hand-written transport. Descriptors are plain data, so a table of them costs almost nothing in a
 * bundle and can be tree-shaken per domain.
 *
 * @example
 * ```ts
 * const release: OperationDescriptor = {
 *   id: 'escrows.release',
 *   method: 'POST',
 *   path: '/escrows/{escrowId}/release',
 *   pathParams: ['escrowId'],
 *   queryParams: [],
 *   requestBody: { contentType: 'application/json', required: false },
 *   successStatus: 200,
 *   paginated: false,
 *   idempotency: 'required',
 *   scopes: ['settlement:write'],
 *   summary: 'Release escrowed wages to the worker',
 * };
 * ```
 */
export interface OperationDescriptor {
  /** The `operationId`, `resource.action` in camelCase: `escrows.release`. Becomes `client.escrows.release()`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** The path template relative to the server URL, with `{name}` placeholders: `/escrows/{escrowId}/release`. */
  readonly path: string;
  /** Names of the path parameters, in the order they appear in `path`. */
  readonly pathParams: readonly string[];
  /** Names of the query parameters (`limit`, `cursor`, filters). */
  readonly queryParams: readonly string[];
  /** Present when the operation takes a body; absent for GET and DELETE. */
  readonly requestBody?: { readonly contentType: RequestBodyContentType; readonly required: boolean };
  /** The media type of the success body when it is not `application/json` (open-data feeds: GeoJSON, JSON-LD, CSV). */
  readonly responseContentType?: string;
  /** The documented success status (200, 201, 202 or 204). */
  readonly successStatus: number;
  /** True for cursor-paginated lists (`{ data, nextCursor }`): the bound method returns a paginator. */
  readonly paginated: boolean;
  /**
   * `required`: the server rejects the call without an `Idempotency-Key` (money moves or insurance binds);
   * `optional`: the header is accepted; `none`: the operation does not take it.
   */
  readonly idempotency: 'required' | 'optional' | 'none';
  /**
   * OAuth scopes that allow the call (any one of them suffices); empty for public operations.
   * Generated tables omit it to stay small (the runtime does not need it); the typed client lists
   * each method's scopes in its JSDoc.
   */
  readonly scopes?: readonly string[];
  /** True for operations that only sandbox deployments serve (the sandbox clock). */
  readonly sandbox?: boolean;
  /** The operation's one-line `summary` from the spec. Generated tables omit it to stay small; the typed client carries it as JSDoc. */
  readonly summary?: string;
}

/**
 * A table of descriptors keyed by `operationId`, as the code generator writes it.
 *
 * @example
 * ```ts
 * export const operations = { 'escrows.release': release } satisfies OperationTable;
 * ```
 */
export type OperationTable = Readonly<Record<string, OperationDescriptor>>;

/**
 * The compact form of an {@link OperationDescriptor} that generated tables are written in, so that a
 * domain's table stays small in a bundle: `[method, path, queryParams, requestBody, successStatus,
 * paginated, idempotency, more]`, where every element after `path` may be left off (or `null`) when
 * it has its default. {@link defineOperations} expands rows into descriptors.
 *
 * - `queryParams`: comma-separated (`'status,limit,cursor'`); default none.
 * - `requestBody`: `true` for a required JSON body, `false` for an optional one, or the full
 *   `{ contentType, required }`; default no body.
 * - `successStatus`: default `200`. `paginated`: default `false`.
 * - `idempotency`: default `optional` for POST, `none` otherwise.
 * - `more`: `responseContentType` and `sandbox`, when set.
 *
 * `id` is the row's key and `pathParams` are read from `path`. Rows carry neither `scopes` nor
 * `summary`: the runtime does not need them, and the typed client documents both.
 *
 * @example
 * ```ts
 * const release: OperationRow = ['POST', '/escrows/{escrowId}/release', null, false, null, null, 'required'];
 * ```
 */
export type OperationRow = readonly [
  method: HttpMethod,
  path: string,
  queryParams?: string | null,
  requestBody?: boolean | NonNullable<OperationDescriptor['requestBody']> | null,
  successStatus?: number | null,
  paginated?: boolean | null,
  idempotency?: OperationDescriptor['idempotency'] | null,
  more?: Pick<OperationDescriptor, 'responseContentType' | 'sandbox'>,
];

/** The operationIds of a table grouped by resource: `{ escrows: { release } }` → `'escrows.release'`. */
export type OperationIds<Groups> = {
  [Resource in keyof Groups & string]: `${Resource}.${keyof Groups[Resource] & string}`;
}[keyof Groups & string];

/**
 * Expands a table of {@link OperationRow}s, grouped by resource and keyed by action
 * (`escrows.release` is `{ escrows: { release: row } }`), into {@link OperationDescriptor}s keyed by
 * `operationId`. Generated `operations.ts` files export their table through it.
 *
 * @example
 * ```ts
 * export const operationTable = defineOperations({ escrows: { get: ['GET', '/escrows/{escrowId}'] } });
 * operationTable['escrows.get'].pathParams; // ['escrowId']
 * ```
 */
export function defineOperations<
  Groups extends Readonly<Record<string, Readonly<Record<string, OperationRow>>>>,
>(groups: Groups): Readonly<Record<OperationIds<Groups>, OperationDescriptor>> {
  const table: Record<string, OperationDescriptor> = {};
  for (const [resource, actions] of Object.entries(groups)) {
    for (const [action, row] of Object.entries(actions)) {
      const [method, path, query, body, status, paginated, idempotency, more] = row;
      const id = `${resource}.${action}`;
      table[id] = {
        id,
        method,
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
        queryParams: query ? query.split(',') : [],
        ...(body == null
          ? {}
          : {
              requestBody:
                typeof body === 'object' ? body : { contentType: 'application/json', required: body },
            }),
        successStatus: status ?? 200,
        paginated: paginated ?? false,
        idempotency: idempotency ?? (method === 'POST' ? 'optional' : 'none'),
        ...more,
      };
    }
  }
  return table as Record<OperationIds<Groups>, OperationDescriptor>;
}
