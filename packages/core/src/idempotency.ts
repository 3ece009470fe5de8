import type { OperationDescriptor } from './operation.js';

/**
 * The header the standard reads (`components/parameters/IdempotencyKey.yaml`).
 *
 * @example
 * ```ts
 * response.headers.get(IDEMPOTENCY_KEY_HEADER);
 * ```
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 8–255 printable ASCII characters without spaces, as the spec's parameter schema requires. */
const KEY_PATTERN = /^[\x21-\x7E]{8,255}$/;

/**
 * Makes a fresh key: a UUID v4 from Web Crypto, available in Node 20, browsers and edge runtimes.
 *
 * @example
 * ```ts
 * randomIdempotencyKey(); // '0f6c2b6e-6d0c-4b1e-9d0e-3c1f6a2b7d41'
 * ```
 */
export function randomIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Decides the `Idempotency-Key` of one call. The key is chosen once per call, before the first
 * attempt, and the transport sends the same key on every retry: that is what lets the server replay
 * the first result instead of acting twice.
 *
 * - A key the caller passes is used as it is (after a format check).
 * - Otherwise every POST gets a fresh key, and so does any operation whose descriptor says
 *   `idempotency: 'required'`, so POSTs are always safe to retry.
 * - `generate: false` turns automatic keys off; an operation that requires a key then throws, and
 *   POSTs without a key are not retried.
 *
 * @example
 * ```ts
 * resolveIdempotencyKey(releaseDescriptor, undefined); // '…a new UUID…'
 * resolveIdempotencyKey(releaseDescriptor, 'order-4711-release'); // 'order-4711-release'
 * resolveIdempotencyKey(getJobDescriptor, undefined); // undefined
 * ```
 */
export function resolveIdempotencyKey(
  descriptor: Pick<OperationDescriptor, 'id' | 'method' | 'idempotency'>,
  callerKey: string | undefined,
  generate: (() => string) | false = randomIdempotencyKey,
): string | undefined {
  if (callerKey !== undefined) {
    if (!KEY_PATTERN.test(callerKey)) {
      throw new TypeError(
        `${descriptor.id}: idempotencyKey must be 8–255 printable ASCII characters without spaces; got '${callerKey}'.`,
      );
    }
    return callerKey;
  }
  const wanted = descriptor.method === 'POST' || descriptor.idempotency === 'required';
  if (!wanted) return undefined;
  if (generate === false) {
    if (descriptor.idempotency === 'required') {
      throw new TypeError(`${descriptor.id} requires an Idempotency-Key: pass { idempotencyKey }.`);
    }
    return undefined;
  }
  return generate();
}
