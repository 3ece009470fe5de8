/**
 * The one API client the bench uses: a platform with every scope. It owns the employer, the worker,
 * the jobs and the escrows, so no request is refused for the wrong tenant.
 */
import { ALL_SCOPES, type ClientCredentials } from '@gigmarket/server';

export const BENCH_CLIENT = {
  clientId: 'bench-platform',
  clientSecret: 'bench-platform-secret',
  apiKey: 'gm_bench_platform',
  tenantId: 'ten_01J0BENCH0P1ATF0RM00000000',
  tenantName: '压测平台',
  role: 'platform',
  scopes: ALL_SCOPES,
} satisfies ClientCredentials;
