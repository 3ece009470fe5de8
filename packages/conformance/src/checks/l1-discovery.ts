import { ensure } from '../context.js';
import { STANDARD_VERSION } from '../spec/spec.js';
import type { Check } from '../types.js';

const LEVELS = [1, 2, 3];

/** Level 1: discovery (`GET /`), the first call of every client (conventions.md §1). */
export const discoveryChecks: Check[] = [
  {
    id: 'COM-DIS-001',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'Discovery answers without credentials and conforms to the Discovery schema',
    spec: 'conventions.md#1-resources-and-urls',
    run: async (ctx) => {
      const res = await ctx.probe({ path: '/', as: 'anonymous' });
      ensure(res.status === 200, `GET / without credentials must answer 200, got ${res.status}.`);
      // The SDK validates in strict mode: a schema mismatch throws ResponseValidationError.
      await ctx.sdk().discovery.get();
    },
  },
  {
    id: 'COM-DIS-002',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'Discovery names the standard version, the implemented domains and the conformance level',
    spec: 'conformance.md#level-1-read',
    run: async (ctx) => {
      const d = ctx.discovery as {
        standard?: { version?: string };
        domains?: unknown;
        conformance?: { level?: number };
      };
      const major = STANDARD_VERSION.split('.')[0];
      ensure(
        d.standard?.version?.split('.')[0] === major,
        `standard.version must be ${major}.x (the kit tests ${STANDARD_VERSION}); got ${JSON.stringify(d.standard?.version)}.`,
      );
      ensure(Array.isArray(d.domains) && d.domains.length > 0, 'domains must list the implemented domains.');
      ensure(
        LEVELS.includes(Number(d.conformance?.level)),
        `conformance.level must be 1, 2 or 3; got ${JSON.stringify(d.conformance?.level)}.`,
      );
    },
  },
  {
    id: 'COM-HDR-001',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'Every response, errors included, carries X-Request-Id; problems repeat it as requestId',
    spec: 'conventions.md#4-errors',
    run: async (ctx) => {
      const ok = await ctx.probe({ path: '/me' });
      ensure(ok.headers.get('x-request-id'), `GET /me (${ok.status}) has no X-Request-Id header.`);
      const missing = await ctx.probe({ path: '/workers/wkr_00000000000000000000000000' });
      const id = missing.headers.get('x-request-id');
      ensure(id, `GET of a missing worker (${missing.status}) has no X-Request-Id header.`);
      ensure(missing.body?.requestId === id, 'the problem’s requestId must equal the X-Request-Id header.');
    },
  },
];
