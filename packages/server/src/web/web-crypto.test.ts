import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Base64Url, randomBytes, safeEqual, sha256Hex } from './web-crypto.js';

// node:crypto is the reference the server used before: Web Crypto must give the same digests.
describe('Web Crypto helpers', () => {
  it.each(['', 'test', '零工 API key', 'x'.repeat(1000)])('hashes %j as node:crypto does', async (text) => {
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(await hmacSha256Base64Url('server-secret-密钥', text)).toBe(
      createHmac('sha256', 'server-secret-密钥').update(text).digest('base64url'),
    );
  });

  it('compares strings by value and length', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });

  it('draws the requested number of random bytes', () => {
    expect(randomBytes(32)).toHaveLength(32);
    expect(randomBytes(16)).not.toEqual(randomBytes(16));
  });
});
