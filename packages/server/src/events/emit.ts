import { ulid } from 'ulid';
import type { Tx } from '../store/objects.js';
import { events } from '../store/schema.js';
import { enqueueDeliveries } from './outbox.js';

/**
 * Writes an event in the request's transaction (so it exists exactly when the change does) and
 * queues its webhook deliveries in the outbox, to be sent after commit by the delivery worker.
 */
export async function emitEvent(
  tx: Tx,
  input: {
    type: string;
    object: Record<string, unknown>;
    previousStatus?: string;
    visibleTo: string[];
    now: string;
    nowMs: number;
  },
): Promise<void> {
  const id = `evt_${ulid(input.nowMs)}`;
  const data = {
    object: input.object,
    ...(input.previousStatus ? { previousStatus: input.previousStatus } : {}),
  };
  const visibleTo = [...new Set(input.visibleTo)];
  await tx.insert(events).values({
    id,
    type: input.type,
    objectId: String(input.object.id),
    visibleTo,
    occurredAt: input.now,
    data,
  });
  await enqueueDeliveries(
    tx,
    { id, type: input.type, occurredAt: input.now, data },
    visibleTo,
    input.now,
    input.nowMs,
  );
}
