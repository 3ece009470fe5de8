import { describe, expect, it } from 'vitest';
import { fromBase64Url, textFromBase64Url, toBase64, toBase64Url } from './base64.js';

// Node's Buffer is the reference the server used before: the Web-standard versions must agree.
const SAMPLES = ['', 'a', 'ab', 'abc', '{"o":20,"k":"{}"}', '零工市场 ✓', '\u{1F600}?>>', 'x'.repeat(301)];

describe('base64 without Node APIs', () => {
  it.each(SAMPLES)('encodes %j as Buffer does', (text) => {
    expect(toBase64(text)).toBe(Buffer.from(text).toString('base64'));
    expect(toBase64Url(text)).toBe(Buffer.from(text).toString('base64url'));
    expect(textFromBase64Url(toBase64Url(text))).toBe(text);
    expect(textFromBase64Url(toBase64(text))).toBe(text);
  });

  it('encodes random bytes as Buffer does', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect([...fromBase64Url(toBase64Url(bytes))]).toEqual([...bytes]);
  });

  it.each(['not a cursor!', '%%%', 'A', 'eyJ', 'AB=CD'])(
    'decodes the mangled text %j leniently, like Buffer',
    (text) => {
      expect(textFromBase64Url(text)).toBe(Buffer.from(text, 'base64url').toString());
    },
  );
});
