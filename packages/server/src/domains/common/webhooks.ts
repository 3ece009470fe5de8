import { and, desc, eq, sql } from 'drizzle-orm';
import { shanghaiIso } from '../../context.js';
import { send } from '../../events/deliver.js';
import { notFound, ProblemError } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { createResource } from '../../operations/generic.js';
import { sandboxOffsetSeconds } from '../../sandbox-clock.js';
import { findVisible, saveObject, visibleTo } from '../../store/objects.js';
import { events, objects, webhookDeliveries } from '../../store/schema.js';
import { toBase64 } from '../../web/base64.js';
import { randomBytes } from '../../web/web-crypto.js';

const newSecret = () => `whsec_${toBase64(randomBytes(32))}`;

/** Webhook subscriptions: the secret lives in `internal` and is shown once, on create and rotation. */
export const webhookSubscriptions: ResourceDefinition = {
  type: 'WebhookSubscription',
  prefix: 'whs',
  label: 'webhook subscription',
  create: (_ctx, body) => {
    const secret = newSecret();
    return {
      data: { ...body, status: 'ACTIVE', secretHint: secret.slice(-4) },
      status: 'ACTIVE',
      internal: { secrets: [secret] },
    };
  },
};

export const webhookSubscriptionsCreate: CustomHandler = async (ctx) => {
  const result = await createResource(webhookSubscriptions, ctx);
  const subscription = result.body as { id: string };
  const [row] = await ctx.tx.select().from(objects).where(eq(objects.id, subscription.id));
  return {
    ...result,
    body: { subscription, secret: ((row?.internal ?? {}) as { secrets?: string[] }).secrets?.[0] },
  };
};

async function ownSubscription(ctx: Parameters<CustomHandler>[0]) {
  const id = ctx.path.webhookSubscriptionId as string;
  const row = await findVisible(ctx.tx, 'WebhookSubscription', id, visibleTo(ctx.caller, 'own'), true);
  if (!row) throw notFound('webhook subscription', id);
  return row;
}

export const webhookSubscriptionsDelete: CustomHandler = async (ctx) => {
  const row = await ownSubscription(ctx);
  await ctx.tx
    .delete(webhookDeliveries)
    .where(and(eq(webhookDeliveries.subscriptionId, row.id), eq(webhookDeliveries.status, 'PENDING')));
  await ctx.tx.delete(objects).where(eq(objects.id, row.id));
  return { status: 204, body: null };
};

/** A new secret; for 24 hours attempts are signed with both (Standard Webhooks rotation). */
export const webhookSubscriptionsRotateSecret: CustomHandler = async (ctx) => {
  const row = await ownSubscription(ctx);
  const secret = newSecret();
  const previous = (row.internal as { secrets: string[] }).secrets[0];
  const saved = await saveObject(
    ctx.tx,
    row,
    {
      data: { ...(row.data as object), secretHint: secret.slice(-4) },
      internal: { secrets: [secret, previous], rotatedAt: ctx.now },
    },
    ctx.now,
  );
  return { body: { subscription: saved.data, secret } };
};

/** Sends a signed `webhook.ping` now and answers with the delivery and its first attempt. */
export const webhookSubscriptionsTest: CustomHandler = async (ctx) => {
  const row = await ownSubscription(ctx);
  if (row.status !== 'ACTIVE')
    throw new ProblemError(
      422,
      'rule-violation',
      'The subscription is disabled; re-enable it with an update first.',
    );
  const eventId = ctx.newId('evt');
  const [event] = await ctx.tx
    .insert(events)
    .values({
      id: eventId,
      type: 'webhook.ping',
      objectId: row.id,
      visibleTo: [row.tenantId],
      occurredAt: ctx.now,
      data: { subscriptionId: row.id },
    })
    .returning();
  // Signed on the real wall clock: the request's time less the sandbox clock's lead.
  const lead = ctx.config.sandbox ? await sandboxOffsetSeconds(ctx.tx) : 0;
  const attempt = await send(event as typeof events.$inferSelect, row, {
    fetch: ctx.fetch,
    now: () => ctx.nowDate,
    wallClock: () => new Date(ctx.nowDate.getTime() - lead * 1000),
    timeoutMs: 5_000,
  });
  const ok = attempt.statusCode !== undefined && attempt.statusCode >= 200 && attempt.statusCode < 300;
  const [delivery] = await ctx.tx
    .insert(webhookDeliveries)
    .values({
      id: ctx.newId('whd'),
      subscriptionId: row.id,
      tenantId: row.tenantId,
      eventId,
      eventType: 'webhook.ping',
      status: ok ? 'SUCCEEDED' : 'FAILED',
      attempts: [attempt],
      createdAt: ctx.now,
    })
    .returning();
  return { body: presentDelivery(delivery as typeof webhookDeliveries.$inferSelect) };
};

/** A delivery row as the spec's WebhookDelivery. */
function presentDelivery(d: typeof webhookDeliveries.$inferSelect) {
  return {
    id: d.id,
    subscriptionId: d.subscriptionId,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    ...(d.nextAttemptAt ? { nextAttemptAt: shanghaiIso(new Date(d.nextAttemptAt)) } : {}),
    createdAt: shanghaiIso(new Date(d.createdAt)),
  };
}

export const webhookDeliveriesList: CustomHandler = async (ctx) => {
  const caller = ctx.caller;
  if (!caller) throw new ProblemError(401, 'unauthenticated', 'Needs credentials.');
  const limit = Number(ctx.query.limit ?? 20);
  const rows = await ctx.tx
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, caller.tenantId),
        typeof ctx.query.subscriptionId === 'string'
          ? eq(webhookDeliveries.subscriptionId, ctx.query.subscriptionId)
          : undefined,
        typeof ctx.query.eventId === 'string' ? eq(webhookDeliveries.eventId, ctx.query.eventId) : undefined,
        typeof ctx.query.status === 'string' ? eq(webhookDeliveries.status, ctx.query.status) : undefined,
        typeof ctx.query.cursor === 'string' ? sql`${webhookDeliveries.id} < ${ctx.query.cursor}` : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    body: {
      data: page.map(presentDelivery),
      nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    },
  };
};
