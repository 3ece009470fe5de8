import { verifyWebhook } from '@gigmarket/core/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceBehaviour } from '../behaviour.js';
import { shanghaiIso } from '../context.js';
import { randomIds } from '../ids.js';
import { CLIENTS, startTestServer, TEST_CONFIG, type TestServer } from '../test-support/harness.js';
import { backgroundTick } from '../worker.js';
import { emitEvent } from './emit.js';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A receiver that keeps what it gets: the injected fetch of the server under test. */
const received: Received[] = [];
const receiver: typeof fetch = async (_url, init) => {
  received.push({
    headers: Object.fromEntries(new Headers(init?.headers).entries()),
    body: String(init?.body),
  });
  return new Response(null, { status: 204 });
};

let server: TestServer;
let secret: string;
let subscriptionId: string;
/** The real wall clock of the test (the harness clock, without the sandbox offset). */
const WALL = new Date('2025-07-01T01:00:00Z');

beforeAll(async () => {
  server = await startTestServer({ now: WALL, fetch: receiver });
  const created = await server.as('platformA')('POST', '/webhook-subscriptions', {
    url: 'https://hooks.partner.example.cn/gm',
    eventTypes: ['escrow.funded'],
  });
  ({ secret } = created.body);
  subscriptionId = created.body.subscription.id;
  // The sandbox clock runs a day and a bit ahead of the wall clock (conformance kits move it so).
  expect((await server.as('platformA')('POST', '/sandbox/clock/advance', { by: '25h' })).status).toBe(200);
});
afterAll(() => server.close());

/** Verifies a delivery as a Standard Webhooks receiver does: on its own (wall) clock, 5-minute tolerance. */
const verifiedAtWallClock = (delivery: Received) =>
  verifyWebhook({ payload: delivery.body, headers: delivery.headers, secret, now: WALL });

describe('webhook timestamps with the sandbox clock moved ahead', () => {
  it('signs a test ping with the wall clock, while the event occurred on sandbox time', async () => {
    received.length = 0;
    const res = await server.as('platformA')('POST', `/webhook-subscriptions/${subscriptionId}/test`);
    expect(res.status).toBe(200);
    const [ping] = received as [Received];
    expect(Number(ping.headers['webhook-timestamp'])).toBe(WALL.getTime() / 1000);
    await expect(verifiedAtWallClock(ping)).resolves.toBeTruthy();
    expect(JSON.parse(ping.body).occurredAt).toBe('2025-07-02T10:00:00+08:00');
  });

  it('signs deliveries from the background worker with the wall clock too', async () => {
    received.length = 0;
    const sandboxNow = new Date(WALL.getTime() + 25 * 3600_000);
    await emitEvent(server.db, {
      type: 'escrow.funded',
      object: { id: 'esc_01J4ESCR0W0000000000000000', status: 'FUNDED' },
      visibleTo: [CLIENTS.platformA.tenantId],
      now: shanghaiIso(sandboxNow),
      nowMs: sandboxNow.getTime(),
      ids: randomIds(),
    });
    const { delivered } = await backgroundTick({
      db: server.db,
      clock: server.clock,
      config: TEST_CONFIG,
      behaviour: referenceBehaviour(),
      fetch: receiver,
    });
    expect(delivered).toBe(1);
    const [delivery] = received as [Received];
    expect(Number(delivery.headers['webhook-timestamp'])).toBe(WALL.getTime() / 1000);
    await expect(verifiedAtWallClock(delivery)).resolves.toBeTruthy();
    expect(JSON.parse(delivery.body).occurredAt).toBe(shanghaiIso(sandboxNow));
  });
});
