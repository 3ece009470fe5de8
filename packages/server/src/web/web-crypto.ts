/**
 * Hashes, MACs and randomness through Web Crypto (`globalThis.crypto`), available in Node ≥ 20,
 * browsers and edge runtimes, so no server module needs `node:crypto`. Digests are asynchronous
 * there (`crypto.subtle`), hence the promises.
 */
import { toBase64Url } from './base64.js';

const encoder = new TextEncoder();

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * SHA-256 of a string's UTF-8 bytes, lower-case hex.
 * @example
 * await sha256Hex('test'); // '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
 */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/**
 * HMAC-SHA256 of `message` under `secret` (both UTF-8), as base64url without padding.
 * @example
 * await hmacSha256Base64Url('server-secret', 'payload'); // 43 characters
 */
export async function hmacSha256Base64Url(secret: string, message: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return toBase64Url(
    new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message))),
  );
}

/**
 * `n` cryptographically random bytes.
 * @example
 * randomBytes(32).length; // 32
 */
export function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/**
 * Equality of two strings in time that depends only on their length, so a signature cannot be
 * guessed byte by byte from response times.
 * @example
 * safeEqual('abc', 'abc'); // true
 */
export function safeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  if (x.length !== y.length) return false;
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= (x[i] as number) ^ (y[i] as number);
  return difference === 0;
}
