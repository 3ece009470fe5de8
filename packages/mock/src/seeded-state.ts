import type { PGlite } from '@electric-sql/pglite';

/** Where the copy of the seeded tables lives, beside the server's `public` schema. */
export const SEED_SCHEMA = 'mock_seed';

/** Quotes an SQL identifier read from the catalogue (table and sequence names are the server's own). */
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The transaction id a statement runs in, as a number (PGlite's ids never leave epoch 0). */
const CURRENT_XID = 'SELECT txid_current()::text AS xid';

/**
 * The seeded state of the database, kept in the database itself: a copy of every table of the
 * server's schema in `mock_seed`, and each sequence's position.
 *
 * Restoring touches only the rows written since the last restore, found by their `xmin` (the id of
 * the transaction that wrote the row version): every row written after the restore's transaction
 * is deleted, then the seeded rows missing by primary key are copied back. A test that wrote a few
 * rows costs a few row writes, not a rewrite of every table and its GIN and GiST indexes, and the
 * tables do not bloat with dead rows from one reset to the next.
 */
export class SeededState {
  #restoreSql = '';
  /** Row versions written by a later transaction than this one are not seeded. */
  #watermark = 0n;

  private constructor(private readonly client: PGlite) {}

  /**
   * Records the database as it is now as the seeded state (copies every table into `mock_seed`).
   * Run at snapshot build time, and when a mock's `fixtures` option added rows to the seed.
   */
  static async capture(client: PGlite): Promise<SeededState> {
    const tables = await publicTables(client);
    await client.exec(
      [
        `DROP SCHEMA IF EXISTS ${SEED_SCHEMA} CASCADE`,
        `CREATE SCHEMA ${SEED_SCHEMA}`,
        ...tables.map((t) => `CREATE TABLE ${SEED_SCHEMA}.${quote(t.name)} AS TABLE public.${quote(t.name)}`),
      ].join(';\n'),
    );
    return SeededState.#open(client, tables);
  }

  /**
   * The seeded state a snapshot already holds (built with `capture`), or `undefined` when the
   * snapshot has no `mock_seed` copy. Costs a few catalogue reads instead of copying every table.
   */
  static async existing(client: PGlite): Promise<SeededState | undefined> {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = '${SEED_SCHEMA}'`,
    );
    const tables = await publicTables(client);
    if ((rows[0]?.n ?? 0) !== tables.length) return undefined;
    return SeededState.#open(client, tables);
  }

  static async #open(client: PGlite, tables: Table[]): Promise<SeededState> {
    const state = new SeededState(client);
    const { rows: sequences } = await client.query<{ name: string; value: string | null }>(
      `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    );
    const restore = tables.flatMap((t) => {
      const name = quote(t.name);
      const matches = t.key.map((k) => `p.${quote(k)} = s.${quote(k)}`).join(' AND ');
      return [
        `DELETE FROM public.${name} WHERE xmin::text::bigint > $WATERMARK`,
        `INSERT INTO public.${name} SELECT * FROM ${SEED_SCHEMA}.${name} s WHERE NOT EXISTS (SELECT 1 FROM public.${name} p WHERE ${matches})`,
      ];
    });
    state.#restoreSql = [
      'BEGIN',
      ...restore,
      // A sequence that was never used has no last value: restart it instead.
      ...sequences.map((s) =>
        s.value === null
          ? `ALTER SEQUENCE public.${quote(s.name)} RESTART`
          : `SELECT setval('public.${quote(s.name)}', ${Number(s.value)}, true)`,
      ),
      CURRENT_XID,
      'COMMIT',
    ].join(';\n');
    // Every row version in the database now is seeded; later transactions have larger ids.
    const { rows } = await client.query<{ xid: string }>(CURRENT_XID);
    state.#watermark = BigInt(rows[0]?.xid ?? 0);
    return state;
  }

  /** Drops every write since the capture: rows, idempotency keys, events, the sandbox clock. */
  async restore(): Promise<void> {
    const results = await this.client.exec(
      this.#restoreSql.replaceAll('$WATERMARK', String(this.#watermark)),
    );
    // The rows copied back carry the restore's own transaction id: they are seeded rows.
    const xid = results.findLast((r) => r.fields.some((f) => f.name === 'xid'))?.rows[0]?.xid;
    if (typeof xid !== 'string') throw new Error('reset: the restore did not report its transaction id.');
    this.#watermark = BigInt(xid);
  }
}

interface Table {
  name: string;
  /** The primary key's columns: seeded rows are matched by it. */
  key: string[];
}

async function publicTables(client: PGlite): Promise<Table[]> {
  const { rows } = await client.query<{ name: string; key: string[] | null }>(
    `SELECT c.relname AS name,
            (SELECT array_agg(a.attname::text ORDER BY k.ord)
               FROM pg_index i
               CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
              WHERE i.indrelid = c.oid AND i.indisprimary) AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'
      ORDER BY c.relname`,
  );
  return rows.map(({ name, key }) => {
    if (!key?.length)
      throw new Error(
        `The mock restores seeded rows by primary key, but table public.${name} has none: give it one in the server's schema.`,
      );
    return { name, key };
  });
}
