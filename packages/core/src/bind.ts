import type { OperationDescriptor, OperationTable } from './operation.js';
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
      `${operation.id}: unknown query parameter ${unknown}; it takes ${operation.queryParams}.`,
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

/**
 * Builds a client object from a generated operation table: `escrows.release` becomes
 * `client.escrows.release(escrowId, body?, options?)`. List operations (`paginated: true`) return a
 * {@link Paginator}; the others return a Promise. The runtime is untyped; pass the generated client
 * type as `Client`. The table is trusted as it is: the code generator checks that every id is
 * `resource.action` and that no id is both a method and a namespace.
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
  for (const operation of Object.values(operations)) {
    const segments = operation.id.split('.');
    const methodName = segments.pop() as string;
    let namespace = client;
    // Own properties only, so that no id can reach Object.prototype through `__proto__` or `constructor`.
    for (const segment of segments) {
      if (!Object.hasOwn(namespace, segment)) namespace[segment] = {};
      namespace = namespace[segment] as UntypedClient;
    }
    const method = methodFor(operation, transport);
    Object.defineProperty(method, 'name', { value: operation.id });
    namespace[methodName] = method;
  }
  return client as Client;
}
