import { describe, expect, it } from 'vitest';
import { createTransport } from './create-transport.js';
import { isTransport } from './is-transport.js';

describe('isTransport', () => {
  it('tells a transport from client options', () => {
    const options = { baseUrl: 'http://localhost:8080/v1' };
    expect(isTransport(createTransport(options))).toBe(true);
    expect(isTransport(options)).toBe(false);
    expect(isTransport({ baseUrl: 'x', request: () => undefined })).toBe(false);
    expect(isTransport(null)).toBe(false);
  });
});
