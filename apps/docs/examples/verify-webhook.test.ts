import { signWebhook, type WebhookEvent } from '@gigmarket/sdk';
import { describe, expect, it } from 'vitest';
import { webhookReceiver } from './verify-webhook.js';

// The secret format of the spec's examples; any `whsec_` + base64 works.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const event = { id: 'evt_01J0DOCSEXAMP1E000000000000', type: 'escrow.released', occurredAt: '', data: {} };

async function delivery(body: string, signingSecret = secret): Promise<Request> {
  const headers = await signWebhook({
    id: event.id,
    timestamp: new Date(),
    payload: body,
    secret: signingSecret,
  });
  return new Request('http://127.0.0.1/webhooks/gigmarket', { method: 'POST', headers, body });
}

describe('the webhooks guide sample (examples/verify-webhook.ts)', () => {
  it('handles a correctly signed delivery once, even when it is retried', async () => {
    const handled: WebhookEvent[] = [];
    const receive = webhookReceiver({ secret, handle: async (received) => void handled.push(received) });
    const body = JSON.stringify({ ...event, occurredAt: new Date().toISOString() });
    expect((await receive(await delivery(body))).status).toBe(204);
    expect((await receive(await delivery(body))).status).toBe(204);
    expect(handled.map((received) => received.type)).toEqual(['escrow.released']);
  });

  it('rejects a body changed after signing, and a delivery signed with another secret', async () => {
    const handled: WebhookEvent[] = [];
    const receive = webhookReceiver({ secret, handle: async (received) => void handled.push(received) });
    const signed = await delivery(JSON.stringify(event));
    const tampered = new Request(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: JSON.stringify({ ...event, data: { amountFen: 1 } }),
    });
    expect((await receive(tampered)).status).toBe(400);
    const forged = await delivery(JSON.stringify(event), 'whsec_c2VjcmV0LW9mLXNvbWVib2R5LWVsc2U=');
    expect((await receive(forged)).status).toBe(400);
    expect(handled).toEqual([]);
  });
});
