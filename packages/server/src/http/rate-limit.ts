/**
 * A fixed one-minute window per client, kept in memory: each instance limits its own share, which
 * is enough to protect it; the headers are the IETF RateLimit fields the conformance kit checks.
 */
export function createRateLimiter(limitPerMinute: number) {
  const windows = new Map<string, { start: number; count: number }>();
  return function take(
    clientKey: string,
    nowMs: number,
  ): { allowed: boolean; headers: Record<string, string> } {
    const start = Math.floor(nowMs / 60_000) * 60_000;
    const current = windows.get(clientKey);
    const window = current && current.start === start ? current : { start, count: 0 };
    window.count += 1;
    windows.set(clientKey, window);
    if (windows.size > 10_000) for (const [key, w] of windows) if (w.start < start) windows.delete(key);
    const remaining = Math.max(0, limitPerMinute - window.count);
    const reset = Math.ceil((start + 60_000 - nowMs) / 1000);
    const headers = {
      'RateLimit-Limit': String(limitPerMinute),
      'RateLimit-Remaining': String(remaining),
      'RateLimit-Reset': String(reset),
    };
    return window.count > limitPerMinute
      ? { allowed: false, headers: { ...headers, 'Retry-After': String(reset) } }
      : { allowed: true, headers };
  };
}
