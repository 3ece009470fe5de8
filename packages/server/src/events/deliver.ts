import { signWebhook } from '@gigmarket/core/webhooks';
import { and, asc, eq, lte } from 'drizzle-orm';
import { shanghaiIso } from '../context.js';
import type { Database } from '../store/database.js';
import { events, objects, webhookDeliveries } from '../store/schema.js';

/** Seconds to wait after the n-th failed attempt: 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, then 6 h (docs/domains/common.md). */
const BACKOFF = [5, 30, 120, 600, 3600, 10_800];
const GIVE_UP_AFTER_MS = 3 * 24 * 3600_000;

export interface Attempt {
  at: string;
  statusCode?: number;
  durationMs: number;
  error?: string;
}

/** How attempts are made: the transport, and the two clocks a sandbox tells apart. */
export interface DeliveryOptions {
  fetch: typeof fetch;
  /** The server's time (the sandbox clock included): when attempts are due, logged and retried. */
  now: () => Date;
  /**
   * The real wall clock, for the `webhook-timestamp` header: it is transport metadata that
   * receivers check against their own clock with the Standard Webhooks 5-minute tolerance, so a
   * sandbox clock moved ahead must not leak into it (conventions §9, §10). Defaults to `now`,
   * which is the same clock outside sandboxes.
   */
  wallClock?: () => Date;
  timeoutMs?: number;
}

/**
 * Sends every due delivery once: claims rows with `FOR UPDATE SKIP LOCKED` so any number of
 * instances share the outbox without sending one attempt twice, signs each body per Standard
 * Webhooks with the subscription's secret(s), records the attempt and schedules the retry.
 * Delivery is at least once: a crash after sending and before recording means one more attempt.
 */
export async function deliverDue(
  db: Database,
  options: DeliveryOptions & { batch?: number },
): Promise<number> {
  const now = options.now();
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(webhookDeliveries)
      .where(
        and(eq(webhookDeliveries.status, 'PENDING'), lte(webhookDeliveries.nextAttemptAt, shanghaiIso(now))),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(options.batch ?? 20)
      .for('update', { skipLocked: true });
    for (const delivery of due) {
      const [[event], [subscription]] = await Promise.all([
        tx.select().from(events).where(eq(events.id, delivery.eventId)),
        tx.select().from(objects).where(eq(objects.id, delivery.subscriptionId)),
      ]);
      const attempts = delivery.attempts as Attempt[];
      const attempt =
        event && subscription
          ? await send(event, subscription, options)
          : { at: shanghaiIso(now), durationMs: 0, error: 'subscription deleted' };
      const ok = attempt.statusCode !== undefined && attempt.statusCode >= 200 && attempt.statusCode < 300;
      const age = now.getTime() - new Date(delivery.createdAt).getTime();
      const failed = !ok && (age > GIVE_UP_AFTER_MS || !subscription);
      const wait = BACKOFF[attempts.length] ?? 21_600;
      await tx
        .update(webhookDeliveries)
        .set({
          attempts: [...attempts, attempt],
          status: ok ? 'SUCCEEDED' : failed ? 'FAILED' : 'PENDING',
          nextAttemptAt: ok || failed ? null : shanghaiIso(new Date(now.getTime() + wait * 1000)),
        })
        .where(eq(webhookDeliveries.id, delivery.id));
    }
    return due.length;
  });
}

/** Sends one signed attempt of an event to a subscription and reports what happened. */
export async function send(
  event: typeof events.$inferSelect,
  subscription: typeof objects.$inferSelect,
  options: DeliveryOptions,
): Promise<Attempt> {
  const started = options.now();
  const payload = JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: shanghaiIso(new Date(event.occurredAt)),
    data: event.data,
  });
  const secrets = ((subscription.internal as { secrets?: string[] }).secrets ?? []).filter(Boolean);
  // The event's `occurredAt` stays on the server's (sandbox) time; the signature's timestamp does not.
  const timestamp = Math.floor((options.wallClock ?? options.now)().getTime() / 1000);
  // While a secret is rotated there are two, and the attempt carries a signature for each.
  const signature = await signWebhook({ id: event.id, timestamp, payload, secret: secrets });
  const headers = {
    ...signature,
    'Content-Type': 'application/json',
    'User-Agent': 'gigmarket-reference-server',
  };
  const t0 = performance.now();
  try {
    const response = await options.fetch(String((subscription.data as { url: string }).url), {
      method: 'POST',
      headers,
      body: payload,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
    await response.body?.cancel();
    return {
      at: shanghaiIso(started),
      statusCode: response.status,
      durationMs: Math.round(performance.now() - t0),
    };
  } catch (error) {
    const message =
      (error as Error).name === 'TimeoutError'
        ? `timeout after ${(options.timeoutMs ?? 15_000) / 1000} s`
        : String((error as Error).message ?? error);
    return { at: shanghaiIso(started), durationMs: Math.round(performance.now() - t0), error: message };
  }
}
