/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. The transport's
 * default `sleep`; tests replace it or drive it with fake timers.
 *
 * @example
 * ```ts
 * await sleep(500, AbortSignal.timeout(10_000));
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
