const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A span of time: milliseconds, or a number with a unit (`'72h'`, `'30m'`, `'2d'`, `'1d12h'`). */
export type Duration = number | `${number}${keyof typeof UNIT_MS}` | (string & {});

/**
 * Milliseconds of a duration. Accepts a number of milliseconds or number-unit pairs (`ms`, `s`, `m`,
 * `h`, `d`), run together as in `'1d12h'`.
 *
 * @example
 * durationMs('72h'); // 259200000
 */
export function durationMs(duration: Duration): number {
  if (typeof duration === 'number') {
    if (!Number.isFinite(duration) || duration < 0)
      throw new RangeError(`A duration must be a non-negative number of milliseconds, got ${duration}.`);
    return duration;
  }
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== duration.replaceAll(' ', ''))
    throw new RangeError(`'${duration}' is not a duration: write it like '72h', '30m', '2d' or '1d12h'.`);
  return parts.reduce((ms, [, n, unit]) => ms + Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS], 0);
}

/**
 * The mock's clock. The app reads time from it (plus the sandbox clock's offset, which partners may
 * move with `POST /sandbox/clock/advance`); it moves only when told to, so a test sees the same
 * instants on every run.
 */
export interface MockClock {
  /** The app's current instant, sandbox offset included. */
  now(): Date;
  /**
   * Moves time forward and runs every time-based rule that fell due (escrow auto-release, quote and
   * offer expiry, rating windows) and due webhook deliveries, as the server's background worker would.
   * Resolves to the new instant.
   */
  advance(by: Duration): Promise<Date>;
}

/** The base instant the app's clock reads; `offsetMs` mirrors the sandbox clock stored in the database. */
export class ManualTime {
  #nowMs: number;
  #seeded = { nowMs: 0, offsetMs: 0 };
  offsetMs = 0;

  constructor(start: Date) {
    this.#nowMs = start.getTime();
  }

  /** What `createApp`'s clock returns: the base instant without the sandbox offset (the app adds it). */
  readonly base = { now: (): Date => new Date(this.#nowMs) };

  now(): Date {
    return new Date(this.#nowMs + this.offsetMs);
  }

  forward(ms: number): void {
    this.#nowMs += ms;
  }

  /** Ends the seeding phase (fixtures may move time): a rewind returns to this instant. */
  markSeeded(): void {
    this.#seeded = { nowMs: this.#nowMs, offsetMs: this.offsetMs };
  }

  rewind(): void {
    this.#nowMs = this.#seeded.nowMs;
    this.offsetMs = this.#seeded.offsetMs;
  }
}
