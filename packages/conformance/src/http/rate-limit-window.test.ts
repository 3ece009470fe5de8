import { describe, expect, it } from 'vitest';
import type { ProbeRequest, ProbeResponse } from './probe.js';
import { MAX_WAIT_MS, waitForRateLimitWindow } from './rate-limit-window.js';

const answer = (status: number, retryAfter?: string): ProbeResponse => ({
  status,
  headers: new Headers(retryAfter ? { 'Retry-After': retryAfter } : {}),
  body: null,
  text: '',
});

describe('waitForRateLimitWindow', () => {
  it('waits the Retry-After of each limited caller and not for the others', async () => {
    const answers: Record<string, ProbeResponse> = { primary: answer(200), second: answer(429, '31') };
    const asked: ProbeRequest[] = [];
    const slept: number[] = [];
    const waited = await waitForRateLimitWindow(
      async (request) => {
        asked.push(request);
        return answers[String(request.as)] ?? answer(200);
      },
      ['primary', 'second'],
      async (ms) => {
        slept.push(ms);
      },
    );
    expect(asked.map((r) => [r.path, r.as])).toEqual([
      ['/me', 'primary'],
      ['/me', 'second'],
    ]);
    expect(slept).toEqual([31_000]);
    expect(waited).toBe(31_000);
  });

  it('caps the wait, and waits the cap when Retry-After is missing or unreadable', async () => {
    for (const header of ['3600', undefined, 'soon']) {
      const slept: number[] = [];
      await waitForRateLimitWindow(
        async () => answer(429, header),
        ['primary'],
        async (ms) => {
          slept.push(ms);
        },
      );
      expect(slept).toEqual([MAX_WAIT_MS]);
    }
  });
});
