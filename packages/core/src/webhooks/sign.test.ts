import { describe, expect, it } from 'vitest';
import { signWebhook } from './sign.js';
import { verifyWebhook } from './verify.js';

describe('signWebhook', () => {
  it('reproduces the Standard Webhooks test vector', async () => {
    await expect(
      signWebhook({
        id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        timestamp: 1614265330,
        payload: '{"test": 2432232314}',
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      }),
    ).resolves.toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('takes a Date, and what it signs verifies', async () => {
    const at = new Date('2026-07-01T08:00:00.900Z');
    const payload = JSON.stringify({
      id: 'evt_1',
      type: 'webhook.ping',
      occurredAt: at.toISOString(),
      data: {},
    });
    const headers = await signWebhook({
      id: 'evt_1',
      timestamp: at,
      payload,
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    });
    expect(headers['webhook-timestamp']).toBe(String(Date.parse('2026-07-01T08:00:00Z') / 1000));
    const event = await verifyWebhook({
      payload,
      headers,
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      now: at,
    });
    expect(event).toMatchObject({ id: 'evt_1', type: 'webhook.ping' });
  });
});
