import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Caller } from './caller.js';

/** SHA-256 hex, for storing client secrets and API keys. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time equality of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const b64 = (value: string) => Buffer.from(value).toString('base64url');

/**
 * Issues a stateless bearer token: `gmt_<payload>.<HMAC-SHA256>` signed with the server secret, so
 * any instance behind a load balancer can verify it without a shared session store.
 */
export function issueToken(secret: string, caller: Caller, nowMs: number, ttlSeconds: number): string {
  const payload = b64(JSON.stringify({ ...caller, exp: Math.floor(nowMs / 1000) + ttlSeconds }));
  const signature = createHmac('sha256', secret).update(payload).digest('base64url');
  return `gmt_${payload}.${signature}`;
}

/** The caller of a valid, unexpired token, or `null`. */
export function verifyToken(secret: string, token: string, nowMs: number): Caller | null {
  const match = /^gmt_([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
  if (!match) return null;
  const [, payload, signature] = match as unknown as [string, string, string];
  const expected = createHmac('sha256', secret).update(payload).digest('base64url');
  if (!safeEqual(signature, expected)) return null;
  try {
    const { exp, ...caller } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Caller & {
      exp: number;
    };
    return exp * 1000 > nowMs ? caller : null;
  } catch {
    return null;
  }
}
