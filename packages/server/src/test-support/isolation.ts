import { sql } from 'drizzle-orm';
import { deref, loadSpec } from '../spec/load.js';
import type { Database } from '../store/database.js';
import type { SpecOperation } from './role-matrix.js';

/** A stored object of the tenants under test, as the isolation check needs it. */
export interface OwnedObject {
  id: string;
  type: string;
  isPublic: boolean;
}

/** Every object the given tenants own (public ones flagged: a published job may be read by anyone). */
export async function objectsOwnedBy(db: Database, tenantIds: string[]): Promise<OwnedObject[]> {
  const result = await db.execute(
    sql`SELECT id, type, is_public FROM objects WHERE tenant_id IN (${sql.join(
      tenantIds.map((t) => sql`${t}`),
      sql`, `,
    )}) ORDER BY id`,
  );
  const rows = (result as unknown as { rows: Array<{ id: string; type: string; is_public: boolean }> }).rows;
  return rows.map((r) => ({ id: r.id, type: r.type, isPublic: r.is_public }));
}

/** The id prefix a parameter's schema pattern demands (`^esc_…` → `esc`), from the spec. */
function parameterPrefixes(): Map<string, string> {
  const spec = loadSpec();
  const prefixes = new Map<string, string>();
  type Item = { parameters?: unknown[] } & Record<string, { parameters?: unknown[] } | undefined>;
  for (const item of Object.values<Item>(spec.paths))
    for (const op of Object.values(item))
      for (const p of [...(item.parameters ?? []), ...((op as Item | undefined)?.parameters ?? [])].map((x) =>
        deref(spec, x),
      )) {
        const prefix =
          p?.name === 'accountId'
            ? 'esc'
            : /^\^\(?([a-z]{3})[_|]/.exec(deref(spec, p?.schema)?.pattern ?? '')?.[1];
        if (p?.in && prefix) prefixes.set(p.name, prefix);
      }
  return prefixes;
}

let prefixes: Map<string, string> | undefined;

/**
 * The operation's path with every id parameter filled by one of `objects` (the first with the
 * prefix the spec's pattern demands), or undefined when none fits. `accountId` takes an escrow's
 * ledger account, `subjectType` a worker.
 */
export function pathWith(op: SpecOperation, objects: OwnedObject[]): string | undefined {
  prefixes ??= parameterPrefixes();
  let missing = false;
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name === 'subjectType') return 'WORKER';
    const prefix = prefixes?.get(name);
    const found = objects.find((o) => o.id.startsWith(`${prefix}_`));
    if (!found) missing = true;
    return name === 'accountId' ? `escrow:${found?.id}` : String(found?.id);
  });
  return missing ? undefined : path;
}

/**
 * Query strings that aim each id filter of a list at a protected object (`?escrowId=esc_…`), so a
 * filter that forgets the tenant shows up; the unfiltered list is the first entry.
 */
export function listQueries(op: SpecOperation, objects: OwnedObject[]): string[] {
  prefixes ??= parameterPrefixes();
  const queries = [''];
  for (const [name, prefix] of prefixes) {
    const found = objects.find((o) => o.id.startsWith(`${prefix}_`));
    if (found && op.queryParams.includes(name)) queries.push(`?${name}=${found.id}`);
  }
  return queries;
}

/**
 * The protected ids that occur anywhere in a response body (an id inside a nested object or a
 * string counts as much as one at the top).
 *
 * @example
 * leakedIds({ data: [{ escrowId: 'esc_01…' }] }, new Set(['esc_01…'])); // ['esc_01…']
 */
export function leakedIds(body: unknown, protectedIds: Set<string>): string[] {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
  const found = text.match(/[a-z]{3}_[0-9A-HJKMNP-TV-Z]{26}/g) ?? [];
  return [...new Set(found.filter((id) => protectedIds.has(id)))];
}
