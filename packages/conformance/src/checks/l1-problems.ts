import { employerBody, workerBody } from '../fixtures/bodies.js';
import { residentIdWithBadChecksum } from '../fixtures/identifiers.js';
import type { Check } from '../types.js';
import { ensureFieldError, ensureProblem, unknownId } from './assert.js';

/** Level 1: bad input is answered 400/404 problem+json naming the field, never 5xx (conventions.md §4). */
export const problemChecks: Check[] = [
  {
    id: 'COM-ERR-001',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'A body that is not valid JSON is answered 400 malformed-request',
    spec: 'conventions.md#4-errors',
    run: async (ctx) => {
      const res = await ctx.probe({ method: 'POST', path: '/workers', body: '{"name": "王建国",' });
      ensureProblem(res, 400, 'malformed-request', 'POST /workers with a truncated JSON body');
    },
  },
  {
    id: 'COM-ERR-002',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'A field of the wrong type is answered 400 validation-error with a pointer to it',
    spec: 'conventions.md#4-errors',
    run: async (ctx) => {
      const body = { ...workerBody(), preferences: { payFloorFen: 'two hundred yuan' } };
      const res = await ctx.probe({ method: 'POST', path: '/workers', body });
      ensureProblem(res, 400, 'validation-error', 'POST /workers with a string payFloorFen');
      ensureFieldError(res, '/preferences/payFloorFen');
    },
  },
  {
    id: 'COM-ERR-003',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'A limit over 100 is answered 400 validation-error pointing at #/query/limit',
    spec: 'conventions.md#6-lists-and-pagination',
    run: async (ctx) => {
      const res = await ctx.probe({ path: '/gig-markets?limit=101' });
      ensureProblem(res, 400, 'validation-error', 'GET /gig-markets?limit=101');
      ensureFieldError(res, '#/query/limit');
    },
  },
  {
    id: 'COM-ERR-004',
    level: 1,
    domain: 'common',
    severity: 'MUST',
    title: 'An identifier that does not exist is answered 404 not-found',
    spec: 'conventions.md#4-errors',
    run: async (ctx) => {
      const res = await ctx.probe({ path: `/jobs/${unknownId('job')}` });
      ensureProblem(res, 404, 'not-found', 'GET /jobs/{an unknown id}');
    },
  },
  {
    id: 'JOB-ERR-001',
    level: 1,
    domain: 'jobs',
    severity: 'MUST',
    title: 'A resident ID number with a wrong check character is answered 400 checksum_mismatch',
    spec: 'conventions.md#2-identifiers',
    run: async (ctx) => {
      const res = await ctx.probe({
        method: 'POST',
        path: '/workers',
        body: workerBody(residentIdWithBadChecksum()),
      });
      ensureProblem(res, 400, 'validation-error', 'POST /workers with a bad ID checksum');
      ensureFieldError(res, '/idNumber', 'checksum_mismatch');
    },
  },
  {
    id: 'JOB-ERR-002',
    level: 1,
    domain: 'jobs',
    severity: 'MUST',
    title: 'A USCC with a wrong check character is answered 400 checksum_mismatch',
    spec: 'conventions.md#2-identifiers',
    run: async (ctx) => {
      const body = employerBody();
      const last = body.uscc.slice(-1) === '0' ? '1' : '0';
      const res = await ctx.probe({
        method: 'POST',
        path: '/employers',
        body: { ...body, uscc: `${body.uscc.slice(0, 17)}${last}` },
      });
      ensureProblem(res, 400, 'validation-error', 'POST /employers with a bad USCC checksum');
      ensureFieldError(res, '/uscc', 'checksum_mismatch');
    },
  },
];
