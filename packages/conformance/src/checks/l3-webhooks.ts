import { verifyWebhook } from '@gigmarket/core/webhooks';
import { ensure, type RunContext } from '../context.js';
import { newEscrow } from '../fixtures/objects.js';
import { call } from '../http/call.js';
import type { Check } from '../types.js';
import { type ReceivedWebhook, type Receiver, startReceiver } from '../webhooks/receiver.js';
import { transactionId } from './l2-escrows.js';

interface Subscription {
  receiver: Receiver;
  id: string;
  secret: string;
}

/** A receiver on loopback and a subscription of `caller` to escrow.funded pointing at it. */
function subscription(ctx: RunContext, caller: 'primary' | 'second'): Promise<Subscription> {
  return ctx.once(`subscription:${caller}`, async () => {
    const receiver = await startReceiver(ctx.options.webhookHost);
    ctx.onCleanup(receiver.close);
    const created = await call<{ subscription: { id: string }; secret: string }>(
      ctx,
      'webhookSubscriptions.create',
      { body: { url: receiver.url, eventTypes: ['escrow.funded'], description: 'conformance kit' } },
      caller,
    );
    return { receiver, id: created.subscription.id, secret: created.secret };
  });
}

/** Fails unless the delivery verifies as Standard Webhooks with the subscription's secret. */
async function ensureSigned(delivery: ReceivedWebhook, secret: string): Promise<void> {
  // The 5-minute tolerance is measured against the kit's own clock, as any receiver does: a sandbox
  // signs with the real time even after the clock checks moved its clock ahead (conventions §10).
  const verified = await verifyWebhook({
    payload: delivery.body,
    headers: delivery.headers,
    secret,
  }).then(
    () => null,
    (error: Error) => error.message,
  );
  ensure(verified === null, `the webhook ${delivery.headers['webhook-id']} does not verify: ${verified}.`);
}

const timeout = (ctx: RunContext) => ctx.options.webhookTimeoutMs ?? 15_000;

/** A funded escrow of tenant A, whose escrow.funded webhook the checks wait for. */
const fundedForWebhooks = (ctx: RunContext) =>
  ctx.once('webhookEscrow', async () => {
    await subscription(ctx, 'primary');
    if (ctx.hasCredentials('second')) await subscription(ctx, 'second');
    const escrow = await newEscrow(ctx);
    return call(ctx, 'escrows.fund', {
      path: { escrowId: escrow.id },
      body: { providerTransactionId: transactionId() },
    });
  });

/** Level 3: webhooks at a receiver the kit runs on loopback (conventions.md §9). */
export const webhookChecks: Check[] = [
  {
    id: 'COM-WHK-001',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A test ping arrives with a valid Standard Webhooks signature',
    spec: 'conventions.md#9-events-and-webhooks',
    run: async (ctx) => {
      const sub = await subscription(ctx, 'primary');
      await call(ctx, 'webhookSubscriptions.test', { path: { webhookSubscriptionId: sub.id } });
      const ping = await sub.receiver.waitFor((w) => w.event?.type === 'webhook.ping', timeout(ctx));
      ensure(ping, `no webhook.ping reached ${sub.receiver.url} within ${timeout(ctx)} ms.`);
      await ensureSigned(ping, sub.secret);
    },
  },
  {
    id: 'COM-WHK-002',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A subscribed event (escrow.funded) is delivered, signed, with the object in data.object',
    spec: 'conventions.md#9-events-and-webhooks',
    run: async (ctx) => {
      const sub = await subscription(ctx, 'primary');
      const escrow = await fundedForWebhooks(ctx);
      const hit = await sub.receiver.waitFor(
        (w) => w.event?.type === 'escrow.funded' && w.event?.data?.object?.id === escrow.id,
        timeout(ctx),
      );
      ensure(hit, `no escrow.funded webhook for ${escrow.id} arrived within ${timeout(ctx)} ms.`);
      await ensureSigned(hit, sub.secret);
    },
  },
  {
    id: 'COM-WHK-003',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'Another tenant’s subscription never receives the event',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      if (!ctx.hasCredentials('second'))
        ctx.skip('Tenant isolation needs a second tenant: pass --second-client-id/--second-client-secret.');
      const escrow = await fundedForWebhooks(ctx);
      const own = await subscription(ctx, 'primary');
      // Wait until the owner has it, so a leak to B would have been sent by now as well.
      await own.receiver.waitFor((w) => w.event?.data?.object?.id === escrow.id, timeout(ctx));
      const other = await subscription(ctx, 'second');
      const leaked = other.receiver.received.filter((w) => w.body.includes(escrow.id));
      ensure(
        leaked.length === 0,
        `tenant B's receiver got ${leaked.length} webhook(s) about A's escrow ${escrow.id}.`,
      );
    },
  },
  {
    id: 'COM-WHK-004',
    level: 3,
    domain: 'common',
    severity: 'MUST',
    title: 'A failed delivery is retried with the same webhook-id',
    spec: 'conventions.md#9-events-and-webhooks',
    run: async (ctx) => {
      const sub = await subscription(ctx, 'primary');
      sub.receiver.failNext(1);
      const escrow = await newEscrow(ctx);
      await call(ctx, 'escrows.fund', {
        path: { escrowId: escrow.id },
        body: { providerTransactionId: transactionId() },
      });
      const about = (w: ReceivedWebhook) => w.event?.data?.object?.id === escrow.id;
      const failed = await sub.receiver.waitFor((w) => about(w) && w.answered === 500, timeout(ctx));
      ensure(failed, `no escrow.funded webhook for ${escrow.id} arrived within ${timeout(ctx)} ms.`);
      const retry = await sub.receiver.waitFor(
        (w) => about(w) && w.answered !== 500 && w.headers['webhook-id'] === failed.headers['webhook-id'],
        timeout(ctx),
      );
      ensure(retry, `the delivery answered 500 was not retried within ${timeout(ctx)} ms.`);
      await ensureSigned(retry, sub.secret);
    },
  },
];
