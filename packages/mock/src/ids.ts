import { type IdGenerator, seededIds } from '@gigmarket/server/browser';

/** A seed as partners write it: a number, or any string (hashed to 32 bits with FNV-1a). */
export type Seed = number | string;

export function seedNumber(seed: Seed): number {
  if (typeof seed === 'number') return seed >>> 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The app's id generator, seeded and rewindable. `seededIds` keeps its state in a closure, so the
 * seeded state cannot be copied; instead the calls made while seeding (fixtures) are recorded and
 * replayed into a fresh generator on `rewind()`, which then continues exactly as after seeding.
 */
export class RewindableIds {
  #seed: number;
  #inner: IdGenerator;
  #recording: Array<[string, number]> | undefined = [];
  #seeded: Array<[string, number]> = [];

  constructor(seed: Seed) {
    this.#seed = seedNumber(seed);
    this.#inner = seededIds(this.#seed);
  }

  readonly next: IdGenerator = (prefix, nowMs) => {
    this.#recording?.push([prefix, nowMs]);
    return this.#inner(prefix, nowMs);
  };

  /** Ends the seeding phase: a rewind returns to this point. */
  markSeeded(): void {
    this.#seeded = this.#recording ?? [];
    this.#recording = undefined;
  }

  rewind(): void {
    this.#inner = seededIds(this.#seed);
    for (const [prefix, nowMs] of this.#seeded) this.#inner(prefix, nowMs);
  }
}
