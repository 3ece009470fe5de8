import { WebhookVerificationError } from './webhook-verification-error.js';

const encoder = new TextEncoder();

/**
 * Decodes a Standard Webhooks secret: `whsec_` followed by base64 (the prefix is optional, as in the
 * reference libraries). Throws `invalid_secret` when the rest is not base64.
 *
 * @example
 * ```ts
 * decodeSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').length; // 24
 * ```
 */
export function decodeSecret(secret: string): Uint8Array {
  const encoded = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  if (encoded === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 === 1) {
    throw new WebhookVerificationError('invalid_secret', "the secret must be 'whsec_' followed by base64.");
  }
  return Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
}

/**
 * Encodes bytes as base64 (standard alphabet, padded) with no Node APIs.
 *
 * @example
 * ```ts
 * toBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 * ```
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Decodes base64, or returns `undefined` when the text is not base64 (a malformed signature).
 *
 * @example
 * ```ts
 * fromBase64('AQID'); // Uint8Array [1, 2, 3]
 * ```
 */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * HMAC-SHA256 over `${id}.${timestamp}.${payload}` with Web Crypto (`globalThis.crypto.subtle`), so it
 * runs in Node, browsers and edge runtimes alike.
 *
 * @example
 * ```ts
 * const mac = await hmacSignature(decodeSecret(secret), 'msg_1', '1614265330', '{"test": 1}');
 * ```
 */
export async function hmacSignature(
  key: Uint8Array,
  id: string,
  timestamp: string,
  payload: string | Uint8Array,
): Promise<Uint8Array> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    key as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', cryptoKey, content));
}

/**
 * Compares two byte arrays in time that depends only on their length, so an attacker cannot learn a
 * valid signature byte by byte from response times.
 *
 * @example
 * ```ts
 * timingSafeEqual(expected, received); // true or false
 * ```
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}
