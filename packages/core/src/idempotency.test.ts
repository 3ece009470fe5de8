import { describe, expect, it, vi } from 'vitest';
import { escrowsGet, escrowsRelease, jobsCreate, jobsUpdate } from './__test__/descriptors.js';
import { randomIdempotencyKey, resolveIdempotencyKey } from './idempotency.js';

describe('resolveIdempotencyKey', () => {
  it('generates a key for every POST and for operations that require one', () => {
    const generate = vi.fn(() => 'generated-0001');
    expect(resolveIdempotencyKey(jobsCreate, undefined, generate)).toBe('generated-0001');
    expect(resolveIdempotencyKey(escrowsRelease, undefined, generate)).toBe('generated-0001');
    expect(resolveIdempotencyKey({ ...jobsUpdate, idempotency: 'required' }, undefined, generate)).toBe(
      'generated-0001',
    );
    expect(generate).toHaveBeenCalledTimes(3);
  });

  it('sends none for GET and PATCH unless the caller passes one', () => {
    expect(resolveIdempotencyKey(escrowsGet, undefined)).toBeUndefined();
    expect(resolveIdempotencyKey(jobsUpdate, undefined)).toBeUndefined();
    expect(resolveIdempotencyKey(jobsUpdate, 'patch-job-0001')).toBe('patch-job-0001');
  });

  it('keeps the caller key and checks its format', () => {
    expect(resolveIdempotencyKey(jobsCreate, 'order-4711-create', () => 'never')).toBe('order-4711-create');
    expect(() => resolveIdempotencyKey(jobsCreate, 'short')).toThrow(/8–255 printable ASCII/);
    expect(() => resolveIdempotencyKey(jobsCreate, 'has a space in it')).toThrow(TypeError);
  });

  it('with generation off: no key for optional POSTs, an error for required ones', () => {
    expect(resolveIdempotencyKey(jobsCreate, undefined, false)).toBeUndefined();
    expect(() => resolveIdempotencyKey(escrowsRelease, undefined, false)).toThrow(
      /escrows.release requires an Idempotency-Key/,
    );
  });

  it('makes UUID v4 keys that differ', () => {
    const a = randomIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomIdempotencyKey()).not.toBe(a);
  });
});
