import { type OperationDescriptor, type OperationTable, operationPathSegments } from './operation.js';
import { type Page, type Paginator, paginate } from './pagination.js';
import type { RequestArgs, Transport } from './transport/types.js';

/**
 * The last argument of every SDK method: per-call transport settings.
 *
 * @example
 * ```ts
 * await client.escrows.release(escrowId, {}, { idempotencyKey: `release-${orderId}`, timeoutMs: 10_000 });
 * ```
 */
export type CallOptions = Pick<RequestArgs, 'idempotencyKey' | 'signal' | 'timeoutMs' | 'headers'>;

/**
 * The shape `bindOperations` returns when no client type is given.
 *
 * @example
 * ```ts
 * const client: UntypedClient = bindOperations(operations, transport);
 * ```
 */
export interface UntypedClient {
  [name: string]: UntypedClient | ((...args: unknown[]) => unknown);
}

/**
 * Sorts a method's positional arguments into path parameters, the body or the query, and the call
 * options. The calling convention of every generated method is
 * `method(...pathParams, bodyOrQuery?, options?)`: path parameters in the order they appear in the
 * path (`client.escrows.release(escrowId, body, options)`), then the request body when the operation
 * takes one, otherwise the query object when it has query parameters; options come last.
 */
function readArgs(operation: OperationDescriptor, args: unknown[]): RequestArgs & CallOptions {
  const pathParams: Record<string, string> = {};
  operation.pathParams.forEach((name, i) => {
    const value = args[i];
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(
        `${operation.id} needs ${operation.pathParams.join(', ')} as its first argument${operation.pathParams.length > 1 ? 's' : ''}; argument ${i + 1} (${name}) is ${JSON.stringify(value)}.`,
      );
    }
    pathParams[name] = value;
  });
  const rest = args.slice(operation.pathParams.length);
  // An operation with neither a body nor query parameters takes its options right after the path.
  const takesSecond = operation.requestBody !== undefined || operation.queryParams.length > 0;
  const second = takesSecond ? rest[0] : undefined;
  const options = ((takesSecond ? rest[1] : rest[0]) ?? {}) as CallOptions;
  if (operation.requestBody) return { pathParams, body: second, ...options };
  const query = (second ?? {}) as Record<string, never>;
  const unknown = Object.keys(query).filter((name) => !operation.queryParams.includes(name));
  if (unknown.length) {
    throw new TypeError(
      `${operation.id} has no query parameter ${unknown.map((n) => `'${n}'`).join(', ')}. It takes: ${operation.queryParams.join(', ') || 'none'}.`,
    );
  }
  return { pathParams, query, ...options };
}

function methodFor(operation: OperationDescriptor, transport: Transport) {
  if (!operation.paginated) {
    // async, so a bad argument rejects the promise like any other failure instead of throwing.
    return async (...args: unknown[]) => transport.request(operation, readArgs(operation, args));
  }
  return (...args: unknown[]): Paginator<unknown> => {
    const { query = {}, ...rest } = readArgs(operation, args);
    const { cursor, ...filters } = query as Record<string, unknown>;
    return paginate(
      (pageCursor) =>
        transport.request<Page<unknown>>(operation, { ...rest, query: { ...filters, cursor: pageCursor } }),
      { signal: rest.signal, cursor: typeof cursor === 'string' ? cursor : undefined },
    );
  };
}

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Builds a client object from a generated operation table: `escrows.release` becomes
 * `client.escrows.release(escrowId, body?, options?)`. List operations (`paginated: true`) return a
 * {@link Paginator}; the others return a Promise. The runtime is untyped; pass the generated client
 * type as `Client`.
 *
 * @example
 * ```ts
 * import { operations, type SettlementClient } from './generated/operations.js';
 * const client = bindOperations<SettlementClient>(operations, createTransport({ baseUrl, auth }));
 * const escrow = await client.escrows.release('esc_01J4ESCR0W0000000000000000', {}, { idempotencyKey });
 * for await (const payout of client.payouts.list({ limit: 100 })) total += payout.netFen;
 * ```
 */
export function bindOperations<Client = UntypedClient>(
  operations: OperationTable,
  transport: Transport,
): Client {
  const client: UntypedClient = {};
  for (const [key, operation] of Object.entries(operations)) {
    if (key !== operation.id) {
      throw new TypeError(
        `Operation table key '${key}' does not match the descriptor's id '${operation.id}'.`,
      );
    }
    const segments = operationPathSegments(operation.id);
    const methodName = segments.pop() as string;
    let namespace = client;
    for (const segment of [...segments, methodName]) {
      if (RESERVED.has(segment))
        throw new TypeError(`Operation id '${operation.id}' uses the reserved name '${segment}'.`);
    }
    for (const segment of segments) {
      const existing = namespace[segment];
      if (typeof existing === 'function') {
        throw new TypeError(`'${segment}' is both a method and a namespace (operation '${operation.id}').`);
      }
      const next: UntypedClient = existing ?? {};
      namespace[segment] = next;
      namespace = next;
    }
    if (namespace[methodName] !== undefined) {
      throw new TypeError(`Two operations bind to the same method '${operation.id}'.`);
    }
    const method = methodFor(operation, transport);
    Object.defineProperty(method, 'name', { value: operation.id });
    namespace[methodName] = method;
  }
  return client as Client;
}
