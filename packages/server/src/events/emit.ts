import type { EmitExtra, OperationContext } from '../context.js';
import type { IdGenerator } from '../ids.js';
import type { Tx } from '../store/objects.js';
import { events } from '../store/schema.js';
import { enqueueDeliveries } from './outbox.js';

/**
 * Writes an event in the request's transaction (so it exists exactly when the change does) and
 * queues its webhook deliveries in the outbox, to be sent after commit by the delivery worker.
 * `data` is the envelope of `common/Event.yaml`: the object, and `previousStatus` / `previous`
 * only when given.
 */
export async function emitEvent(
  tx: Tx,
  input: {
    type: string;
    object: Record<string, unknown>;
    extra?: EmitExtra;
    visibleTo: string[];
    now: string;
    nowMs: number;
    ids: IdGenerator;
  },
): Promise<void> {
  const { extra = {} } = input;
  const id = input.ids('evt', input.nowMs);
  const data = {
    object: input.object,
    ...(extra.previousStatus ? { previousStatus: extra.previousStatus } : {}),
    ...(extra.previous ? { previous: extra.previous } : {}),
  };
  const visibleTo = [...new Set(input.visibleTo)];
  await tx.insert(events).values({
    id,
    type: input.type,
    objectId: extra.objectId ?? String(input.object.id),
    visibleTo,
    occurredAt: input.now,
    data,
  });
  await enqueueDeliveries(tx, { id, type: input.type, occurredAt: input.now, data }, visibleTo, {
    now: input.now,
    nowMs: input.nowMs,
    ids: input.ids,
  });
}

/**
 * `ctx.emit` for a context at one instant: requests, sweeps and the background worker all emit
 * through this, so every event has the same envelope. Events go to `defaultVisibleTo` (the
 * caller's tenant, or nobody for the system) unless the emitter names the tenants.
 */
export function emitterFor(
  tx: Tx,
  at: { now: string; nowMs: number; ids: IdGenerator; defaultVisibleTo: string[] },
): OperationContext['emit'] {
  return (type, object, extra = {}) =>
    emitEvent(tx, {
      type,
      object,
      extra,
      visibleTo: extra.visibleTo ?? at.defaultVisibleTo,
      now: at.now,
      nowMs: at.nowMs,
      ids: at.ids,
    });
}
