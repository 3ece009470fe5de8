import type { MaybeCaller } from './auth/caller.js';
import type { OperationSpec, Visibility } from './spec/registry.js';
import type { Tx } from './store/objects.js';

/** Where the server gets time from; tests and the sandbox inject their own. */
export interface Clock {
  now(): Date;
}

/** Deployment settings of one server (apps/reference-server reads them from the environment). */
export interface ServerConfig {
  /** Secret that signs bearer tokens; every instance of one deployment shares it. */
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Enables the sandbox clock operations (`x-sandbox`). */
  sandbox: boolean;
  /** The region whose rules apply (discovery `profile.region`). */
  region: string;
  /** Requests per minute per client before `429`. */
  rateLimitPerMinute: number;
  implementation: { name: string; version: string; vendor?: string };
  /** Rule values this deployment sets differently from the standard's defaults. */
  ruleOverrides: Record<string, unknown>;
  /** Where `ruleOverrides` come from (a regulation or notice), cited on every overridden rule. */
  ruleSource?: string;
}

/** Everything one operation's handler may use; all writes go through `tx`, the request's transaction. */
export interface OperationContext {
  op: OperationSpec;
  caller: MaybeCaller;
  /** The visibility the caller's role has for this operation (`x-roles`). */
  visibility: Visibility | undefined;
  tx: Tx;
  /** The request's instant (sandbox clock included), RFC 3339 in +08:00. */
  now: string;
  nowDate: Date;
  config: ServerConfig;
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The fetch used to reach webhook receivers (injected in tests). */
  fetch: typeof fetch;
  /** Runs every time-based rule (sweep) as of `now`, in this transaction. */
  runSweeps(now: Date): Promise<void>;
  /** A new id with this prefix (`esc` → `esc_01J…`) at the request's instant, from the server's generator. */
  newId(prefix: string): string;
  /** Queues an event for the feed and webhooks, written in the same transaction. */
  emit(type: string, object: Record<string, unknown>, extra?: EmitExtra): Promise<void>;
}

/** What an event carries besides its object: the envelope's `data` members of `common/Event.yaml` and the webhooks. */
export interface EmitExtra {
  /** For status changes: the status before the event (`data.previousStatus`). */
  previousStatus?: string;
  /**
   * The values before the change, for event types whose payload defines `data.previous`
   * (`creditProfile.changed`: score, grade, badges, effects).
   */
  previous?: Record<string, unknown>;
  /** The tenants that may see the event; the caller's tenant by default. */
  visibleTo?: string[];
  /** The object the event is about, when `object` has no `id` (a credit profile is its subject's). */
  objectId?: string;
}

/** RFC 3339 with +08:00 (Asia/Shanghai has no DST), as the standard's servers produce. */
export function shanghaiIso(date: Date): string {
  const local = new Date(date.getTime() + 8 * 3600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}
