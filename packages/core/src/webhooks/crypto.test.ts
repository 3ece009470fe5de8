import { describe, expect, it } from 'vitest';
import { decodeSecret, fromBase64, timingSafeEqual, toBase64 } from './crypto.js';
import { WebhookVerificationError } from './webhook-verification-error.js';

describe('webhook crypto helpers', () => {
  it('round-trip base64 without Node APIs', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    expect(toBase64(bytes)).toBe('AAEC+vv8/f7/');
    expect(fromBase64('AAEC+vv8/f7/')).toEqual(bytes);
    expect(fromBase64('not base64!')).toBeUndefined();
  });

  it('decode whsec_ secrets and reject others', () => {
    expect(decodeSecret('whsec_AQID')).toEqual(new Uint8Array([1, 2, 3]));
    expect(() => decodeSecret('whsec_')).toThrow(WebhookVerificationError);
    expect(() => decodeSecret('whsec_%%%')).toThrow(/whsec_/);
  });

  it('compare bytes', () => {
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
