import { describe, expect, it } from 'vitest';
import { availabilityMiss, hoursSubScore, type JobSchedule, shiftInWindow } from './availability.js';

const saturday: JobSchedule = {
  dailyHours: 8,
  workDays: [6],
  firstDay: '2025-07-05',
  lastDay: '2025-07-05',
  shifts: [{ start: '08:00', end: '17:00' }],
};

describe('availabilityMiss', () => {
  it.each([
    [{ maxDailyHours: 8 }, null],
    [{ maxDailyHours: 6 }, 'daily hours'],
    [{ from: '2025-07-06' }, 'dates'],
    [{ until: '2025-07-04' }, 'dates'],
    [{ days: [1, 2, 3, 4, 5] }, 'days'],
    [{ hours: { start: '07:00', end: '16:00' } }, 'hours'],
    [{ days: [6, 7], hours: { start: '06:00', end: '20:00' }, from: '2025-07-01' }, null],
  ] as const)('%j → %s', (availability, miss) => {
    expect(availabilityMiss(saturday, availability)).toBe(miss);
  });

  it('scores HOURS 1 for a fit, 0 for a miss and 0.5 when nothing is declared', () => {
    expect(hoursSubScore(saturday, { maxDailyHours: 8 })).toBe(1);
    expect(hoursSubScore(saturday, { maxDailyHours: 4 })).toBe(0);
    expect(hoursSubScore(saturday, undefined)).toBe(0.5);
    expect(hoursSubScore(saturday, {})).toBe(0.5);
  });
});

describe('shiftInWindow', () => {
  it.each([
    [{ start: '08:00', end: '17:00' }, { start: '07:00', end: '18:00' }, true],
    [{ start: '22:00', end: '02:00' }, { start: '07:00', end: '18:00' }, false],
    [{ start: '22:00', end: '02:00' }, { start: '20:00', end: '06:00' }, true],
    [{ start: '21:00', end: '23:30' }, { start: '20:00', end: '06:00' }, true],
    [{ start: '01:00', end: '05:00' }, { start: '20:00', end: '06:00' }, true],
    [{ start: '18:00', end: '23:00' }, { start: '20:00', end: '06:00' }, false],
  ] as const)('%j in %j: %s', (shift, window, inside) => {
    expect(shiftInWindow(shift, window)).toBe(inside);
  });
});
