import { ensure } from '../context.js';
import type { Check } from '../types.js';

/** The most requests the kit sends to provoke a 429; a larger budget is skipped, not flooded. */
const BURST_BUDGET = 2000;

/** Level 3: rate-limit headers (conventions.md §7). */
export const rateLimitChecks: Check[] = [
  {
    id: 'COM-RTL-001',
    level: 3,
    domain: 'common',
    severity: 'SHOULD',
    title: 'Responses carry RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const res = await ctx.probe({ path: '/me' });
      const missing = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].filter(
        (h) => !res.headers.has(h),
      );
      ensure(missing.length === 0, `GET /me lacks ${missing.join(', ')}.`);
    },
  },
  {
    id: 'COM-RTL-002',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A 429 rate-limited answer carries Retry-After',
    spec: 'conventions.md#7-security-roles-and-tenants',
    // Runs last: it exhausts the limit of the second credentials (or the first, without them).
    run: async (ctx) => {
      const as = ctx.hasCredentials('second') ? 'second' : 'primary';
      const first = await ctx.probe({ path: '/me', as });
      const remaining = Number(first.headers.get('ratelimit-remaining'));
      if (!Number.isFinite(remaining) || remaining > BURST_BUDGET)
        ctx.skip(
          `RateLimit-Remaining is ${first.headers.get('ratelimit-remaining')}: more than the kit's burst budget of ${BURST_BUDGET}.`,
        );
      // A fixed window may reset during the burst, so allow one more window's worth of requests.
      const limit = Number(first.headers.get('ratelimit-limit')) || remaining;
      const cap = remaining + limit + 50;
      for (let sent = 0; sent <= cap; sent += 50) {
        const answers = await Promise.all(Array.from({ length: 50 }, () => ctx.probe({ path: '/me', as })));
        const limited = answers.find((a) => a.status === 429);
        if (limited) {
          ensure(limited.headers.get('retry-after'), 'the 429 answer lacks Retry-After.');
          ensure(
            String(limited.body?.type).endsWith('/rate-limited'),
            `the 429 problem type is ${limited.body?.type}.`,
          );
          return;
        }
      }
      ensure(false, `no 429 after ${cap} requests, though RateLimit-Remaining was ${remaining}.`);
    },
  },
];
