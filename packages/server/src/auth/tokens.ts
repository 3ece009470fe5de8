import { textFromBase64Url, toBase64Url } from '../web/base64.js';
import { hmacSha256Base64Url, safeEqual, sha256Hex } from '../web/web-crypto.js';
import type { Caller } from './caller.js';

/** SHA-256 hex, for storing client secrets and API keys. */
export const sha256 = (value: string): Promise<string> => sha256Hex(value);

/** Constant-time equality of two strings. */
export { safeEqual };

/**
 * Issues a stateless bearer token: `gmt_<payload>.<HMAC-SHA256>` signed with the server secret, so
 * any instance behind a load balancer can verify it without a shared session store.
 */
export async function issueToken(
  secret: string,
  caller: Caller,
  nowMs: number,
  ttlSeconds: number,
): Promise<string> {
  const payload = toBase64Url(JSON.stringify({ ...caller, exp: Math.floor(nowMs / 1000) + ttlSeconds }));
  return `gmt_${payload}.${await hmacSha256Base64Url(secret, payload)}`;
}

/** The caller of a valid, unexpired token, or `null`. */
export async function verifyToken(secret: string, token: string, nowMs: number): Promise<Caller | null> {
  const match = /^gmt_([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
  if (!match) return null;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = await hmacSha256Base64Url(secret, payload);
  if (!safeEqual(signature, expected)) return null;
  try {
    const { exp, ...caller } = JSON.parse(textFromBase64Url(payload)) as Caller & { exp: number };
    return exp * 1000 > nowMs ? caller : null;
  } catch {
    return null;
  }
}
