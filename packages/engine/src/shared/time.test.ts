import { describe, expect, it } from 'vitest';
import { addMonthsToDate, formatShanghai, parseDate, shanghaiDate, startOfShanghaiDate } from './time.js';

describe('Asia/Shanghai time', () => {
  it('takes the business date at UTC+8', () => {
    expect(shanghaiDate('2025-06-30T15:59:59Z')).toBe('2025-06-30');
    expect(shanghaiDate('2025-06-30T16:00:00Z')).toBe('2025-07-01');
    expect(shanghaiDate(new Date('2025-07-01T00:00:00+08:00'))).toBe('2025-07-01');
  });

  it('renders +08:00 and finds the start of a day', () => {
    expect(formatShanghai('2025-07-01T00:00:00Z')).toBe('2025-07-01T08:00:00+08:00');
    expect(startOfShanghaiDate('2025-07-01')).toBe(Date.parse('2025-07-01T00:00:00+08:00'));
  });

  it('adds months clamping to the month end and rejects impossible dates', () => {
    expect(addMonthsToDate('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonthsToDate('2023-02-28', 24)).toBe('2025-02-28');
    expect(() => parseDate('2025-02-29')).toThrow(/calendar date/);
    expect(() => shanghaiDate('yesterday')).toThrow(/RFC 3339/);
  });
});
