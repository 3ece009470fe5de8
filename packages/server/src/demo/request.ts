import type { Hono } from 'hono';
import { demoClient } from './clients.js';

type Data = Record<string, unknown>;

/** The roles of the demo clients; the seed acts as each of them, like a partner would. */
export type DemoRole = 'platform' | 'hr_agency' | 'market_operator' | 'insurer' | 'regulator' | 'worker_app';

/** One API call as a demo client; resolves to the parsed body, throws on any non-2xx answer. */
export type DemoCall = <T = Data>(method: string, path: string, body?: unknown) => Promise<T>;

/** The seed's view of the API: a caller per role, all going through the app's real rules. */
export interface DemoApi {
  as(role: DemoRole): DemoCall;
}

/** The writes whose Idempotency-Key the standard requires: money moves, cover binds, work is decided. */
const KEY_REQUIRED =
  /^\/(escrows|insurance-policies)(\/[^/]+\/(fund|refund|release))?$|^\/assignments\/[^/]+\/(cancel|confirm|mark-no-show)$/;

/**
 * Calls the app in-process (`app.request`, no network). The writes that require one carry an
 * Idempotency-Key, numbered in call order so that two seeds of an empty database send the same
 * keys: the seed stays deterministic in content. Other writes go without, which saves the key
 * bookkeeping and keeps the first start quick.
 */
export function demoApi(app: Hono): DemoApi {
  let sequence = 0;
  const as =
    (role: DemoRole): DemoCall =>
    async <T = Data>(method: string, path: string, body?: unknown): Promise<T> => {
      const headers: Record<string, string> = { 'X-Api-Key': demoClient(role).apiKey as string };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (method === 'POST' && KEY_REQUIRED.test(path))
        headers['Idempotency-Key'] = `demo-city-${++sequence}`;
      const res = await app.request(`/v1${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`demo seed: ${role} ${method} ${path} answered ${res.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    };
  return { as };
}
