import { usccCheckChar } from '@gigmarket/identifiers';
import { ALL_SCOPES, provisionClients } from '../../auth/provision.js';
import { shanghaiIso } from '../../context.js';
import { randomIds } from '../../ids.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS, type startTestServer } from '../../test-support/harness.js';

/** Ids for rows the fixtures insert directly, outside any request. */
const fixtureId = randomIds();

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Data = Record<string, unknown>;

/** Tenants of the test clients. */
export const TENANT = {
  A: CLIENTS.platformA.tenantId,
  B: CLIENTS.platformB.tenantId,
  R: CLIENTS.regulator.tenantId,
} as const;

/** A valid USCC (mod-31 check character) for test organisations. */
export const USCC = `91330110MA2KXY3L2${usccCheckChar('91330110MA2KXY3L2')}`;

let seq = 0;
const nextMs = () => Date.parse('2025-06-01T00:00:00Z') + ++seq;

async function insert(
  server: Server,
  type: string,
  prefix: string,
  tenantId: string,
  data: Data,
  extra: Data = {},
) {
  const id = fixtureId(prefix, nextMs());
  const at = shanghaiIso(new Date('2025-06-01T00:00:00Z'));
  const row = await insertObject(server.db, {
    id,
    type,
    tenantId,
    partyTenantIds: (extra.partyTenantIds as string[]) ?? [],
    isPublic: false,
    status: (extra.status as string) ?? (data.status as string) ?? null,
    data: { id, ...data, createdAt: at, updatedAt: (extra.updatedAt as string) ?? at },
    internal: (extra.internal as Data) ?? {},
    createdAt: at,
    updatedAt: at,
  });
  return row.id;
}

/**
 * Fixture rows for subjects and assignments, which other domains create: enough of their data
 * for the credit rules (owner tenant, kind, USCC, names, status, settlement time).
 */
export const fixtures = {
  worker: (server: Server, tenantId: string = TENANT.A) =>
    insert(server, 'Worker', 'wkr', tenantId, {
      tenantId,
      name: '王建国',
      idNumberMasked: '330110********1230',
    }),
  employer: (server: Server, tenantId: string = TENANT.A, complianceGrade: Data | null = null) =>
    insert(server, 'Employer', 'emp', tenantId, {
      tenantId,
      kind: 'ORGANIZATION',
      uscc: USCC,
      legalName: '杭州某某家政服务有限公司',
      legalRepresentative: { name: '李某', idNumberMasked: '330110********0517' },
      complianceGrade,
    }),
  household: (server: Server, tenantId: string = TENANT.A) =>
    insert(server, 'Employer', 'emp', tenantId, {
      tenantId,
      kind: 'INDIVIDUAL',
      person: { name: '张某', idNumberMasked: '330110********0021' },
    }),
  assignment: (
    server: Server,
    input: {
      workerId: string;
      employerId: string;
      tenantId?: string;
      partyTenantIds?: string[];
      status?: string;
      settledAt?: string;
    },
  ) =>
    insert(
      server,
      'Assignment',
      'asg',
      input.tenantId ?? TENANT.A,
      { workerId: input.workerId, employerId: input.employerId, status: input.status ?? 'SETTLED' },
      {
        partyTenantIds: input.partyTenantIds ?? [],
        ...(input.settledAt ? { internal: { settledAt: input.settledAt } } : {}),
      },
    ),
  consent: (server: Server, workerId: string, tenantId: string, data: Data = {}) =>
    insert(server, 'Consent', 'cns', tenantId, {
      workerId,
      tenantId,
      purpose: 'CREDIT_QUERY',
      status: 'GRANTED',
      validUntil: null,
      revokedAt: null,
      ...data,
    }),
};

/** Headers for a POST that must be idempotent. */
export const key = () => ({ 'Idempotency-Key': `test-key-${++seq}-${Math.random().toString(36).slice(2)}` });

/**
 * A platform client of tenant A that also holds `admin`. The framework's `authorize` checks only
 * the first `security` alternative (`oauth2: [admin]`) of operations that list `credit:write` as a
 * second one (blacklistEntries.create/remove), so a platform needs `admin` there until that is fixed.
 */
export async function platformWithAdmin(server: Server) {
  await provisionClients(server.db, [
    {
      clientId: 'platform-a-admin',
      clientSecret: 'secret-aa',
      apiKey: 'key-platform-a-admin',
      tenantId: TENANT.A,
      tenantName: CLIENTS.platformA.tenantName,
      role: 'platform',
      scopes: [...ALL_SCOPES, 'admin'],
    },
  ]);
  return async (method: string, path: string, body?: unknown) => {
    const res = await server.app.request(`/v1${path}`, {
      method,
      headers: { 'X-Api-Key': 'key-platform-a-admin', 'Content-Type': 'application/json', ...key() },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: test answers are inspected loosely, as in the harness.
    return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
  };
}
