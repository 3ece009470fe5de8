import { schemas as jobSchemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTestCity } from './test-city.js';
import { DEMO_STORY_DAYS } from './timeline.js';

let city: Awaited<ReturnType<typeof seedTestCity>>;
beforeAll(async () => {
  city = await seedTestCity(new Date('2025-07-01T09:30:00+08:00'), 'sandbox');
}, 300_000);
afterAll(() => city?.close());

describe('seedDemoCity on a sandbox app (the mock’s way, no clock given)', () => {
  it('plays the same story forward on the sandbox clock, which ends DEMO_STORY_DAYS ahead', async () => {
    expect(city.summary.startedAt).toBe('2025-07-01T09:30:00+08:00');
    expect(city.summary.endedAt).toBe('2025-07-10T09:30:00+08:00');
    const clock = await city.as('gm_demo_platform')<{ now: string; offsetSeconds: number }>('/sandbox/clock');
    expect(clock).toEqual({ now: city.summary.endedAt, offsetSeconds: DEMO_STORY_DAYS * 86_400 });
    for (const status of jobSchemas.zJobStatus.options)
      expect(city.summary.jobsByStatus[status], status).toBeGreaterThan(0);
    expect(city.summary).toMatchObject({ gigMarkets: 11, employers: 11, workers: 16, jobs: 17 });
  });
});
