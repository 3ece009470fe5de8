import { and, eq, lt } from 'drizzle-orm';
import { sha256 } from '../auth/tokens.js';
import type { Database } from '../store/database.js';
import type { Tx } from '../store/objects.js';
import { idempotencyKeys } from '../store/schema.js';
import { ProblemError } from './problem.js';

/** A stored first response to replay. */
export interface StoredResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** An in-flight claim older than this belongs to a crashed request and may be taken over. */
const ABANDONED_MS = 60_000;

/**
 * Claims an Idempotency-Key for a request (docs/conventions.md §5). Returns a stored response to
 * replay, or `null` when this request is the first and must run. The claim is committed at once,
 * so concurrent duplicates see it: they get `409 idempotency-key-in-use` and never run twice.
 */
export async function claimKey(
  db: Database,
  input: { tenantId: string; key: string; operationId: string; request: string; now: string; nowMs: number },
): Promise<StoredResponse | null> {
  const requestHash = await sha256(`${input.operationId}\n${input.request}`);
  const row = {
    tenantId: input.tenantId,
    key: input.key,
    operationId: input.operationId,
    requestHash,
    state: 'in_flight',
    createdAt: input.now,
  };
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.tenantId, input.tenantId),
        eq(idempotencyKeys.key, input.key),
        eq(idempotencyKeys.state, 'in_flight'),
        lt(idempotencyKeys.createdAt, new Date(input.nowMs - ABANDONED_MS).toISOString()),
      ),
    );
  const inserted = await db.insert(idempotencyKeys).values(row).onConflictDoNothing().returning();
  if (inserted.length) return null;
  const [existing] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, input.tenantId), eq(idempotencyKeys.key, input.key)));
  if (!existing) return claimKey(db, input);
  if (existing.requestHash !== requestHash) {
    throw new ProblemError(
      422,
      'idempotency-key-reuse',
      `The key ${input.key} was first used with a different request. Use a new key for a new request.`,
    );
  }
  if (existing.state === 'in_flight') {
    throw new ProblemError(
      409,
      'idempotency-key-in-use',
      `The first request with key ${input.key} is still running. Retry in a moment.`,
      {},
      { 'Retry-After': '1' },
    );
  }
  return {
    status: existing.responseStatus as number,
    body: existing.responseBody ?? '',
    headers: (existing.responseHeaders ?? {}) as Record<string, string>,
  };
}

/** Stores the response in the request's own transaction, atomically with its effects. */
export async function completeKey(
  tx: Tx,
  tenantId: string,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({
      state: 'done',
      responseStatus: response.status,
      responseBody: response.body,
      responseHeaders: response.headers,
    })
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
}

/** Releases a claim whose request failed before changing anything, so a retry can run. */
export async function releaseKey(db: Database, tenantId: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.tenantId, tenantId),
        eq(idempotencyKeys.key, key),
        eq(idempotencyKeys.state, 'in_flight'),
      ),
    );
}
