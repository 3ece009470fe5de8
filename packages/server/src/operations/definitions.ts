import type { SQL } from 'drizzle-orm';
import type { OperationContext } from '../context.js';
import type { ListOrder } from '../store/list-order.js';
import type { ObjectRow } from '../store/objects.js';

type Data = Record<string, unknown>;

/** What a create hook returns: the object as `get` will answer it, and who may see it. */
export interface Created {
  data: Data;
  status?: string;
  /** The owner; defaults to the caller's tenant. */
  tenantId?: string;
  partyTenantIds?: string[];
  isPublic?: boolean;
  internal?: Data;
}

/** What an action hook returns: the target state (one of the machine's targets) and changes. */
export interface ActionOutcome {
  to: string;
  data?: Data;
  isPublic?: boolean;
  partyTenantIds?: string[];
  internal?: Data;
}

/**
 * The behaviour of one resource beyond what the spec already says. The generic handlers do
 * routing, auth, validation, tenancy, pagination, idempotency, state-machine checks and events;
 * a definition adds only the domain's own rules (and uses @gigmarket/engine for them).
 */
export interface ResourceDefinition {
  /** The read schema's name, e.g. `GigMarket`. */
  type: string;
  /** The ID prefix, e.g. `gmk`. */
  prefix: string;
  /** How problems name it: `gig market`. */
  label: string;
  create?(ctx: OperationContext, body: Data): Promise<Created> | Created;
  /** Why the object may not be edited now, or `null`. */
  notEditable?(row: ObjectRow): string | null;
  update?(ctx: OperationContext, row: ObjectRow, patch: Data): Promise<Partial<Created>> | Partial<Created>;
  /** Actions with effects; an action without one just moves to its single target state. */
  actions?: Record<
    string,
    (
      ctx: OperationContext,
      row: ObjectRow,
      body: Data,
      targets: string[],
    ) => Promise<ActionOutcome> | ActionOutcome
  >;
  /** The answer for a row: masking of personal data by caller. Defaults to `row.data`. */
  present?(ctx: OperationContext, row: ObjectRow): Data;
  /**
   * The order its list promises in the spec; newest first (`createdAt` descending) when not given.
   * Cursor pages follow it with the id as tie-breaker, so paging never repeats or skips a row.
   */
  listOrder?: ListOrder;
  /** List filters beyond the generic `status`, `region`, `updatedSince` and field-equality ones. */
  listFilters?(ctx: OperationContext): Array<SQL | undefined>;
  /** Event types emitted when the status becomes the key (`PUBLISHED: 'job.published'`), or on creation (`$created`). */
  events?: Record<string, string>;
}

/** An operation that is not plain CRUD or a state transition: discovery, matching, statistics… */
export type CustomHandler = (ctx: OperationContext) => Promise<CustomResult> | CustomResult;

export interface CustomResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** For non-JSON answers (CSV, GeoJSON, JSON-LD). */
  contentType?: string;
}

/**
 * A time-based rule (escrow auto-release, offer and quote expiry, rating windows, blacklist
 * expiry): finds what fell due at `ctx.now` and moves it, emitting events. Sweeps run in the
 * background worker and whenever the sandbox clock moves.
 */
export type Sweep = (ctx: OperationContext) => Promise<void>;

/** The part of the behaviour one domain contributes (`domains/<area>/index.ts`). */
export interface DomainBehaviour {
  resources: ResourceDefinition[];
  custom: Record<string, CustomHandler>;
  sweeps?: Sweep[];
}

/** All of a server's behaviour, by resource type and by operationId. */
export interface Behaviour {
  resources: Map<string, ResourceDefinition>;
  custom: Map<string, CustomHandler>;
  sweeps: Sweep[];
}
