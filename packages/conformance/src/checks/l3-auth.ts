import { ensure } from '../context.js';
import { workerBody } from '../fixtures/bodies.js';
import { fetchToken } from '../http/tokens.js';
import type { Check } from '../types.js';
import { ensureProblem } from './assert.js';

/** A complete gig market, so a refusal can only be about the caller's role, not about the body. */
const MARKET = {
  name: '合规测试零工市场',
  venueType: 'MARKET',
  operatorType: 'PUBLIC',
  operator: { name: '清徐县公共就业服务中心', uscc: '52140121MJY277318L' },
  location: {
    region: '140121',
    address: '山西省太原市清徐县清源镇文源路18号',
    geo: { lng: 112.357, lat: 37.608, crs: 'GCJ02' },
  },
  openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
  contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
};

/** Level 3: authentication, scopes and roles (conventions.md §7). */
export const authChecks: Check[] = [
  {
    id: 'COM-AUT-001',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'Protected operations answer 401 unauthenticated without credentials',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      for (const path of ['/me', '/workers', '/escrows', '/events']) {
        const res = await ctx.probe({ path, as: 'anonymous' });
        ensureProblem(res, 401, 'unauthenticated', `GET ${path} without credentials`);
      }
    },
  },
  {
    id: 'COM-AUT-002',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A forged bearer token gets 401; a wrong client secret is refused by the token endpoint',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      ensureProblem(
        await ctx.probe({ path: '/me', as: 'forged' }),
        401,
        'unauthenticated',
        'GET /me with a forged token',
      );
      const wrong = {
        clientId: ctx.options.credentials.clientId,
        clientSecret: `${ctx.options.credentials.clientSecret}-wrong`,
      };
      const refused = await fetchToken(ctx.baseUrl, wrong, ctx.recorder.fetch).then(
        () => false,
        () => true,
      );
      ensure(refused, 'the token endpoint issued a token for a wrong client secret.');
    },
  },
  {
    id: 'COM-SCP-001',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A token without the operation’s scope gets 403 forbidden',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const token = await fetchToken(ctx.baseUrl, ctx.options.credentials, ctx.recorder.fetch, ['jobs:read']);
      const write = await ctx.probe({ method: 'POST', path: '/workers', body: workerBody(), as: { token } });
      ensureProblem(write, 403, 'forbidden', 'POST /workers with a jobs:read token');
      const other = await ctx.probe({ path: '/escrows', as: { token } });
      ensureProblem(other, 403, 'forbidden', 'GET /escrows with a jobs:read token');
    },
  },
  {
    id: 'COM-SCP-002',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A role not listed in x-roles gets 403 forbidden (a platform creating a gig market)',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      const res = await ctx.probe({ method: 'POST', path: '/gig-markets', body: MARKET });
      ensureProblem(res, 403, 'forbidden', 'POST /gig-markets as a platform');
    },
  },
];
