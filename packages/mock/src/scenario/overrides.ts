import type { InjectedFailure } from './problem.js';

/** A queued failure: answered instead of the operation's next `times` calls. */
interface Queued {
  failure: InjectedFailure;
  remaining: number;
}

/** Failures queued with `failNext`, by operationId; each is consumed by the calls it answers. */
export class Overrides {
  readonly #queues = new Map<string, Queued[]>();

  add(operationId: string, failure: InjectedFailure, times: number): void {
    const queue = this.#queues.get(operationId) ?? [];
    queue.push({ failure, remaining: times });
    this.#queues.set(operationId, queue);
  }

  /** The failure for this call of the operation, if one is queued; consumes it. */
  take(operationId: string): InjectedFailure | undefined {
    const queue = this.#queues.get(operationId);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining -= 1;
    if (head.remaining <= 0) queue.shift();
    return head.failure;
  }

  /** How many calls of the operation queued failures will still answer. */
  pending(operationId: string): number {
    return (this.#queues.get(operationId) ?? []).reduce((n, q) => n + q.remaining, 0);
  }

  clear(): void {
    this.#queues.clear();
  }
}

/**
 * Where a boundary's overrides live while its function runs. On Node it is an AsyncLocalStorage,
 * so concurrent tests each see their own; in a browser there is one current scope at a time.
 */
export interface ScopeStore {
  current(): Overrides | undefined;
  run<R>(overrides: Overrides, fn: () => R): R;
}

/** The browser's scope store: the innermost boundary that is running (not isolated across awaits). */
export function stackScopeStore(): ScopeStore {
  let current: Overrides | undefined;
  return {
    current: () => current,
    run: (overrides, fn) => {
      const outer = current;
      current = overrides;
      try {
        const result = fn();
        if (result instanceof Promise)
          return result.finally(() => {
            current = outer;
          }) as typeof result;
        current = outer;
        return result;
      } catch (error) {
        current = outer;
        throw error;
      }
    },
  };
}
