/**
 * Identifiers in the server's format (`job_` + a ULID, conventions "Identifiers") for the rows the
 * bench writes straight into the store. A ULID's time part keeps them in creation order, as the
 * server's own ids are; the random part comes from a seeded generator so runs are repeatable.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A deterministic PRNG (mulberry32): every run seeds the same data. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A ULID-shaped id with a prefix: 10 characters of milliseconds, 16 random ones.
 * @example prefixedId('job', Date.now(), random) // 'job_01J…'
 */
export function prefixedId(prefix: string, timeMs: number, random: () => number): string {
  let time = '';
  let t = timeMs;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rest = '';
  for (let i = 0; i < 16; i++) rest += CROCKFORD[Math.floor(random() * 32)];
  return `${prefix}_${time}${rest}`;
}
