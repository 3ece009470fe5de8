import { describe, expect, it } from 'vitest';
import { NetworkError } from '../errors/network-error.js';
import { guardFetch } from './guarded-fetch.js';

describe('guardFetch', () => {
  it('turns fetch failures into NetworkError with the cause', async () => {
    const cause = new TypeError('fetch failed');
    const guarded = guardFetch(() => Promise.reject(cause), 'jobs.list');
    const error = await guarded(new Request('http://localhost/x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBe(cause);
    expect((error as NetworkError).operationId).toBe('jobs.list');
  });

  it('lets aborts through unchanged', async () => {
    const reason = new DOMException('stop', 'AbortError');
    const guarded = guardFetch(() => Promise.reject(reason), 'jobs.list');
    await expect(
      guarded(new Request('http://localhost/x', { signal: AbortSignal.abort(reason) })),
    ).rejects.toBe(reason);
  });

  it('passes responses through', async () => {
    const response = new Response('ok');
    await expect(guardFetch(async () => response, 'a.b')('http://localhost/x')).resolves.toBe(response);
  });
});
