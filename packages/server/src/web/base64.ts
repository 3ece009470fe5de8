/**
 * Base64 with Web-standard APIs only (TextEncoder, btoa, atob), so the server runs in browsers too
 * (`@gigmarket/server/browser`). Text is UTF-8, and base64url has no padding, as Node's `Buffer`
 * wrote it before.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Standard base64 (padded) of bytes, or of a string's UTF-8 bytes.
 * @example
 * toBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 */
export function toBase64(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? encoder.encode(input) : input;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Base64url without padding (RFC 4648 §5), of bytes or of a string's UTF-8 bytes.
 * @example
 * toBase64Url('{"o":20}'); // 'eyJvIjoyMH0'
 */
export function toBase64Url(input: Uint8Array | string): string {
  return toBase64(input).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of base64 or base64url text, leniently as Node's `Buffer` reads it: characters outside
 * the alphabet are skipped and a dangling last character is ignored, so a mangled cursor decodes to
 * something that fails later validation instead of throwing here.
 * @example
 * fromBase64Url('AQID'); // Uint8Array [1, 2, 3]
 */
export function fromBase64Url(text: string): Uint8Array {
  let clean = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/=.*$/s, '')
    .replace(/[^A-Za-z0-9+/]/g, '');
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The UTF-8 text of base64 or base64url (see {@link fromBase64Url}).
 * @example
 * textFromBase64Url('eyJvIjoyMH0'); // '{"o":20}'
 */
export function textFromBase64Url(text: string): string {
  return decoder.decode(fromBase64Url(text));
}
