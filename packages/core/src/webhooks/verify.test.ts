import { describe, expect, it } from 'vitest';
import { signWebhook } from './sign.js';
import { type VerifyWebhookInput, verifyWebhook } from './verify.js';
import { WebhookVerificationError, type WebhookVerificationReason } from './webhook-verification-error.js';

// The published Standard Webhooks test vector (used by the reference libraries' own tests).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const vectorHeaders = {
  'webhook-id': VECTOR.id,
  'webhook-timestamp': String(VECTOR.timestamp),
  'webhook-signature': VECTOR.signature,
};
const vectorNow = VECTOR.timestamp * 1000;

async function reason(input: VerifyWebhookInput): Promise<WebhookVerificationReason | 'accepted'> {
  try {
    await verifyWebhook(input);
    return 'accepted';
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

describe('verifyWebhook', () => {
  it('accepts the Standard Webhooks test vector and returns the parsed body', async () => {
    await expect(
      verifyWebhook({
        payload: VECTOR.payload,
        headers: vectorHeaders,
        secret: VECTOR.secret,
        now: vectorNow,
      }),
    ).resolves.toEqual({ test: 2432232314 });
  });

  it('accepts a Headers object, a Uint8Array body and a secret without the whsec_ prefix', async () => {
    const payload = new TextEncoder().encode(VECTOR.payload);
    const input = {
      payload,
      headers: new Headers(vectorHeaders),
      secret: VECTOR.secret.slice(6),
      now: new Date(vectorNow),
    };
    await expect(verifyWebhook(input)).resolves.toEqual({ test: 2432232314 });
  });

  it('rejects a tampered body', async () => {
    const input = {
      payload: '{"test": 2432232315}',
      headers: vectorHeaders,
      secret: VECTOR.secret,
      now: vectorNow,
    };
    expect(await reason(input)).toBe('no_matching_signature');
  });

  it('rejects a wrong secret', async () => {
    const input = {
      payload: VECTOR.payload,
      headers: vectorHeaders,
      secret: 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      now: vectorNow,
    };
    expect(await reason(input)).toBe('no_matching_signature');
  });

  it('rejects a changed id (the id is signed too)', async () => {
    const headers = { ...vectorHeaders, 'webhook-id': 'msg_other' };
    expect(await reason({ payload: VECTOR.payload, headers, secret: VECTOR.secret, now: vectorNow })).toBe(
      'no_matching_signature',
    );
  });

  it('rejects stale and future timestamps outside the tolerance (300 s by default)', async () => {
    const base = { payload: VECTOR.payload, headers: vectorHeaders, secret: VECTOR.secret };
    expect(await reason({ ...base, now: vectorNow + 300_000 })).toBe('accepted');
    expect(await reason({ ...base, now: vectorNow + 301_000 })).toBe('timestamp_too_old');
    expect(await reason({ ...base, now: vectorNow - 301_000 })).toBe('timestamp_too_new');
    expect(await reason({ ...base, now: vectorNow + 3_600_000, toleranceSeconds: 7200 })).toBe('accepted');
  });

  it('accepts one good signature among several, and any of several secrets (rotation)', async () => {
    const oldSecret = 'whsec_b2xkLXNlY3JldC1vbGQtc2VjcmV0LW9sZA==';
    const headers = await signWebhook({
      id: 'evt_1',
      timestamp: 1751324400,
      payload: '{"a":1}',
      secret: [oldSecret, VECTOR.secret],
    });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    const at = 1751324400 * 1000;
    expect(await reason({ payload: '{"a":1}', headers, secret: VECTOR.secret, now: at })).toBe('accepted');
    expect(await reason({ payload: '{"a":1}', headers, secret: oldSecret, now: at })).toBe('accepted');
    const mixed = { ...vectorHeaders, 'webhook-signature': `v1,bm9wZQ== v1a,xyz ${VECTOR.signature}` };
    expect(
      await reason({
        payload: VECTOR.payload,
        headers: mixed,
        secrets: ['whsec_AAAAAAAA', VECTOR.secret],
        now: vectorNow,
      }),
    ).toBe('accepted');
  });

  it('names what is wrong with missing headers, bad timestamps, bad secrets and non-JSON bodies', async () => {
    const base = { payload: VECTOR.payload, secret: VECTOR.secret, now: vectorNow };
    const { 'webhook-signature': _, ...unsigned } = vectorHeaders;
    expect(await reason({ ...base, headers: unsigned })).toBe('missing_headers');
    expect(await reason({ ...base, headers: { ...vectorHeaders, 'webhook-timestamp': '2021-02-25' } })).toBe(
      'invalid_timestamp',
    );
    expect(await reason({ ...base, headers: vectorHeaders, secret: 'whsec_not base64!' })).toBe(
      'invalid_secret',
    );
    const signed = await signWebhook({
      id: 'evt_2',
      timestamp: VECTOR.timestamp,
      payload: 'not json',
      secret: VECTOR.secret,
    });
    expect(await reason({ ...base, payload: 'not json', headers: signed })).toBe('invalid_payload');
  });

  it('reads Node-style headers with any case and array values', async () => {
    const headers = {
      'Webhook-Id': VECTOR.id,
      'WEBHOOK-TIMESTAMP': String(VECTOR.timestamp),
      'webhook-signature': ['v1,bm9wZQ==', VECTOR.signature],
    };
    expect(await reason({ payload: VECTOR.payload, headers, secret: VECTOR.secret, now: vectorNow })).toBe(
      'accepted',
    );
  });
});
