import type { Transport } from './types.js';

/** Marks objects made by `createTransport`; `Symbol.for` so the mark holds across package copies. */
export const TRANSPORT_BRAND: unique symbol = Symbol.for('@gigmarket/core.transport');

/**
 * True for a transport made by `createTransport`. Generated client factories accept either options
 * or a transport, so several domain clients can share one transport (one token cache, one retry
 * policy): this tells the two apart.
 *
 * @example
 * ```ts
 * export function createSettlementClient(options: ClientOptions | Transport) {
 *   return bindOperations(operationTable, isTransport(options) ? options : createTransport(options));
 * }
 * ```
 */
export function isTransport(value: unknown): value is Transport {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [TRANSPORT_BRAND]?: unknown })[TRANSPORT_BRAND] === true
  );
}
