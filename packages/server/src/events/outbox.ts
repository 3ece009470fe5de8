import { and, asc, eq, sql } from 'drizzle-orm';
import type { IdGenerator } from '../ids.js';
import type { Tx } from '../store/objects.js';
import { objects, webhookDeliveries } from '../store/schema.js';

export interface EventEnvelope {
  id: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** One delivery row per active subscription (of a tenant that may see the event) that wants its type. */
export async function enqueueDeliveries(
  tx: Tx,
  event: EventEnvelope,
  visibleTo: string[],
  at: { now: string; nowMs: number; ids: IdGenerator },
): Promise<void> {
  const { now, nowMs, ids } = at;
  if (visibleTo.length === 0) return;
  const subscriptions = await tx
    .select({ id: objects.id, tenantId: objects.tenantId })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'WebhookSubscription'),
        eq(objects.status, 'ACTIVE'),
        sql`${objects.tenantId} IN (${sql.join(
          visibleTo.map((t) => sql`${t}`),
          sql`, `,
        )})`,
        sql`${objects.data}->'eventTypes' ? ${event.type}`,
      ),
    )
    // A stable order, so that a seeded server gives each delivery the same id every run.
    .orderBy(asc(objects.id));
  if (subscriptions.length === 0) return;
  await tx.insert(webhookDeliveries).values(
    subscriptions.map((s) => ({
      id: ids('whd', nowMs),
      subscriptionId: s.id,
      tenantId: s.tenantId,
      eventId: event.id,
      eventType: event.type,
      status: 'PENDING',
      attempts: [],
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
}
