import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * A job's map point (`location.geo`, lng/lat as given) as a PostgreSQL point; the expression of the
 * `objects_job_geo` index, which queries must repeat verbatim to use it. NULL without a map point.
 */
export const jobPoint = sql`point((data->'location'->'geo'->>'lng')::float8, (data->'location'->'geo'->>'lat')::float8)`;

/**
 * Every resource of the standard, as the JSON its `get` operation returns (`data`), plus what the
 * server needs to decide who sees it. One table keeps the server generic over ~40 resource types;
 * the spec, not the table, defines each resource's shape.
 */
export const objects = pgTable(
  'objects',
  {
    id: text('id').primaryKey(),
    /** The schema name of the resource, e.g. `Escrow`. */
    type: text('type').notNull(),
    /** The owning tenant. */
    tenantId: text('tenant_id').notNull(),
    /** Other tenants that are parties (both sides of an application, the insurer of a policy). */
    partyTenantIds: text('party_tenant_ids').array().notNull().default(sql`'{}'::text[]`),
    /** Readable by anyone (published jobs, listed gig markets, commission rules). */
    isPublic: boolean('is_public').notNull().default(false),
    status: text('status'),
    data: jsonb('data').notNull(),
    /** Server-only data that is never returned (secrets, hashes, full identifiers). */
    internal: jsonb('internal').notNull().default(sql`'{}'::jsonb`),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('objects_type_tenant').on(t.type, t.tenantId, t.createdAt, t.id),
    index('objects_type_status').on(t.type, t.status),
    index('objects_parties').using('gin', t.partyTenantIds),
    // Map search and matching read only the jobs around a point (domains/jobs-postings/match-geo.ts).
    index('objects_job_geo').using('gist', jobPoint).where(sql`${t.type} = 'Job'`),
  ],
);

/** The event feed: one row per change, with the tenants allowed to see it. */
export const events = pgTable(
  'events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: text('id').notNull().unique(),
    type: text('type').notNull(),
    objectId: text('object_id').notNull(),
    visibleTo: text('visible_to').array().notNull(),
    occurredAt: instant('occurred_at').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [index('events_visible').using('gin', t.visibleTo), index('events_object').on(t.objectId)],
);

/** Stored first responses of POSTs with an Idempotency-Key, per tenant (docs/conventions.md §5). */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    tenantId: text('tenant_id').notNull(),
    key: text('key').notNull(),
    operationId: text('operation_id').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').notNull(),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    responseHeaders: jsonb('response_headers'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

/** The webhook outbox: one row per event × subscription, claimed by workers with SKIP LOCKED. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id').notNull(),
    tenantId: text('tenant_id').notNull(),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    status: text('status').notNull(),
    attempts: jsonb('attempts').notNull().default(sql`'[]'::jsonb`),
    nextAttemptAt: instant('next_attempt_at'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('deliveries_due').on(t.status, t.nextAttemptAt)],
);

/** API clients: OAuth client credentials and API keys, each bound to one tenant and role. */
export const credentials = pgTable('credentials', {
  clientId: text('client_id').primaryKey(),
  secretHash: text('secret_hash').notNull(),
  apiKeyHash: text('api_key_hash').unique(),
  tenantId: text('tenant_id').notNull(),
  tenantName: text('tenant_name').notNull(),
  role: text('role').notNull(),
  scopes: text('scopes').array().notNull(),
});

/** Server-wide settings shared by all instances (the sandbox clock offset). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
