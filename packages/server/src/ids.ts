import { encodeTime, incrementBase32 } from 'ulid';

/**
 * Makes object, event, delivery and request ids: `${prefix}_${ULID}` (docs/conventions.md §2).
 * `nowMs` is the request's instant (sandbox clock included), so an id's time part follows the
 * server's clock, not the host's. Every id the server creates comes from the one generator a
 * server was given, so that a mock seeded the same way produces the same ids.
 */
export type IdGenerator = (prefix: string, nowMs: number) => string;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Cryptographic randomness where the platform has it (Node 20 and browsers both do). */
const cryptoRandom = (): number => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 4_294_967_296;

/**
 * Ids are monotonic within a millisecond (and when the clock stands still or goes back, as a
 * sandbox clock may): lists ordered by `(createdAt, id)` then show rows made in one request in the
 * order they were made, which the ledger's running balance relies on. Written out rather than
 * `ulid`'s `monotonicFactory`, which reads `Date.now()` for a time of 0 and so breaks seeding.
 */
function generator(random: () => number): IdGenerator {
  let lastTime = -1;
  let lastRandom = '';
  return (prefix, nowMs) => {
    if (!Number.isSafeInteger(nowMs) || nowMs < 0)
      throw new RangeError(`nowMs must be a non-negative integer of milliseconds, got ${nowMs}`);
    if (nowMs <= lastTime) lastRandom = incrementBase32(lastRandom);
    else {
      lastTime = nowMs;
      lastRandom = Array.from({ length: 16 }, () => CROCKFORD[Math.floor(random() * 32)]).join('');
    }
    return `${prefix}_${encodeTime(lastTime, 10)}${lastRandom}`;
  };
}

/**
 * The default: ULIDs with cryptographic randomness, monotonic within a millisecond.
 *
 * @example
 * const ids = randomIds();
 * ids('esc', Date.now()); // 'esc_01J4ESCR0W…'
 */
export function randomIds(): IdGenerator {
  return generator(cryptoRandom);
}

/**
 * Reproducible ids for mocks and tests: the same seed and the same sequence of calls give the same
 * ids. The random part comes from mulberry32, a small 32-bit PRNG that is fast and well spread,
 * which is all ids need (they are not secrets; a seeded server must never be a production one).
 *
 * @example
 * const a = seededIds(7);
 * const b = seededIds(7);
 * a('job', 0) === b('job', 0); // true
 */
export function seededIds(seed: number): IdGenerator {
  let state = seed >>> 0;
  const mulberry32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return generator(mulberry32);
}
