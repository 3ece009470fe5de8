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
  /** OAuth scopes that allow the call (any one of them suffices); empty for public operations. */
  readonly scopes: readonly string[];
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
 * Splits an `operationId` into the property path of its SDK method: `escrows.release` →
 * `['escrows', 'release']`. Throws when the id is not dot-separated identifiers, because such an id
 * could not become a method name.
 *
 * @example
 * ```ts
 * operationPathSegments('webhookSubscriptions.rotateSecret'); // ['webhookSubscriptions', 'rotateSecret']
 * ```
 */
export function operationPathSegments(operationId: string): string[] {
  const segments = operationId.split('.');
  if (segments.length < 2 || !segments.every((segment) => /^[A-Za-z_$][\w$]*$/.test(segment))) {
    throw new TypeError(
      `Operation id '${operationId}' is not of the form 'resource.action' (for example 'escrows.release').`,
    );
  }
  return segments;
}
