import { CLIENTS, type TestServer } from '../harness.js';
import { ok } from './step.js';

/**
 * Discovery, tokens, `/me`, the event feed, the sandbox clock and a webhook subscription's whole
 * life (create, read, update, rotate, test, deliveries, delete). The server under test must be
 * started with a `fetch` that answers the test ping.
 */
export async function commonFlow(server: TestServer): Promise<void> {
  const a = server.as('platformA');
  await ok(server.anonymous('GET', '/'), 'discovery');
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: CLIENTS.platformA.clientId,
    client_secret: CLIENTS.platformA.clientSecret,
  }).toString();
  await ok(
    server.anonymous('POST', '/oauth/token', form, { 'Content-Type': 'application/x-www-form-urlencoded' }),
    'token',
  );
  await ok(a('GET', '/me'), 'me');
  await ok(a('GET', '/sandbox/clock'), 'clock');
  await ok(a('POST', '/sandbox/clock/advance', { by: '1s' }), 'advance the clock');
  const { subscription } = await ok(
    a('POST', '/webhook-subscriptions', {
      url: 'https://hooks.platform-a.example.cn/gigmarket',
      eventTypes: ['job.published', 'escrow.released'],
    }),
    'subscribe',
  );
  await ok(a('GET', '/webhook-subscriptions'), 'list subscriptions');
  await ok(a('GET', `/webhook-subscriptions/${subscription.id}`), 'get subscription');
  await ok(
    a('PATCH', `/webhook-subscriptions/${subscription.id}`, { description: '主回调' }),
    'update subscription',
  );
  await ok(a('POST', `/webhook-subscriptions/${subscription.id}/rotate-secret`), 'rotate secret');
  await ok(a('POST', `/webhook-subscriptions/${subscription.id}/test`), 'test ping');
  await ok(a('GET', `/webhook-deliveries?subscriptionId=${subscription.id}`), 'deliveries');
  await ok(a('GET', '/events'), 'event feed');
  await ok(a('DELETE', `/webhook-subscriptions/${subscription.id}`), 'unsubscribe');
}
