import { gte, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../context.js';
import { notFound, ProblemError } from '../http/problem.js';
import { loadSpec } from '../spec/load.js';
import { allowedActions, targetsOf } from '../spec/state-machines.js';
import { type CursorPosition, decodeCursor, encodeCursor } from '../store/cursor.js';
import { NEWEST_FIRST, sortKeyOf } from '../store/list-order.js';
import {
  findVisible,
  insertObject,
  listObjects,
  type ObjectRow,
  saveObject,
  visibleTo,
} from '../store/objects.js';
import { objects } from '../store/schema.js';
import type { CustomResult, ResourceDefinition } from './definitions.js';

type Data = Record<string, unknown>;
const present = (def: ResourceDefinition, ctx: OperationContext, row: ObjectRow) =>
  def.present ? def.present(ctx, row) : (row.data as Data);

/** Query parameters the generic list handles itself or that are not field filters. */
const NOT_FIELD_FILTERS = new Set(['limit', 'cursor', 'updatedSince', 'region', 'near', 'radiusM', 'crs']);

/** The generic filters: `status`, `region` (a region and everything inside it), `updatedSince`, and field equality. */
export function genericFilters(ctx: OperationContext): Array<SQL | undefined> {
  const filters: Array<SQL | undefined> = [];
  for (const [name, value] of Object.entries(ctx.query)) {
    if (value === undefined || NOT_FIELD_FILTERS.has(name)) continue;
    if (name === 'status') {
      const values = [value].flat().map(String);
      filters.push(
        sql`${objects.status} IN (${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )})`,
      );
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      filters.push(sql`${objects.data}->>${name} = ${String(value)}`);
    }
  }
  if (typeof ctx.query.region === 'string') {
    // 330000 → 33%, 330100 → 3301%, 330110 → 330110.
    const prefix = ctx.query.region.replace(/(00)+$/, '');
    filters.push(
      sql`coalesce(${objects.data}->'location'->>'region', ${objects.data}->>'region') LIKE ${`${prefix}%`}`,
    );
  }
  if (typeof ctx.query.updatedSince === 'string')
    filters.push(gte(objects.updatedAt, ctx.query.updatedSince));
  return filters;
}

/**
 * The position a list request's `cursor` continues from, `null` without one; a cursor that is
 * malformed, was issued for other filters (`filterKey`) or for another kind of list (a map search's
 * cursor holds a distance: `nearest`) is a 400.
 */
export function cursorPosition(cursor: unknown, filterKey: string, nearest = false): CursorPosition | null {
  if (typeof cursor !== 'string') return null;
  const after = decodeCursor(cursor, filterKey);
  if (after && (after.distance !== undefined) === nearest) return after;
  throw new ProblemError(
    400,
    'validation-error',
    'The cursor is not valid for these filters; start again without `cursor`.',
    {
      errors: [
        {
          pointer: '#/query/cursor',
          detail: 'unknown, expired or issued for other filters',
          code: 'invalid_cursor',
        },
      ],
    },
  );
}

export async function listResource(def: ResourceDefinition, ctx: OperationContext): Promise<CustomResult> {
  const limit = Number(ctx.query.limit ?? 20);
  const { cursor, limit: _l, ...filterQuery } = ctx.query;
  const filterKey = JSON.stringify(filterQuery);
  const after = cursorPosition(cursor, filterKey);
  const order = def.listOrder ?? NEWEST_FIRST;
  const rows = await listObjects(
    ctx.tx,
    def.type,
    [visibleTo(ctx.caller, ctx.visibility), ...genericFilters(ctx), ...(def.listFilters?.(ctx) ?? [])],
    after,
    limit,
    order,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ key: sortKeyOf(order, last), id: last.id }, filterKey)
      : null;
  return { body: { data: page.map((r) => present(def, ctx, r)), nextCursor } };
}

export async function getResource(
  def: ResourceDefinition,
  ctx: OperationContext,
  id: string,
): Promise<CustomResult> {
  const row = await findVisible(ctx.tx, def.type, id, visibleTo(ctx.caller, ctx.visibility));
  if (!row) throw notFound(def.label, id);
  return { body: present(def, ctx, row) };
}

export async function createResource(def: ResourceDefinition, ctx: OperationContext): Promise<CustomResult> {
  const caller = ctx.caller;
  if (!caller) throw new ProblemError(401, 'unauthenticated', 'Creating objects needs credentials.');
  const body = (ctx.body ?? {}) as Data;
  const created = def.create ? await def.create(ctx, body) : { data: { ...body } };
  const id = (created.data.id as string | undefined) ?? ctx.newId(def.prefix);
  const status = created.status ?? (created.data.status as string | undefined) ?? null;
  const data = { ...created.data, id, ...(status ? { status } : {}), createdAt: ctx.now, updatedAt: ctx.now };
  const row = await insertObject(ctx.tx, {
    id,
    type: def.type,
    tenantId: created.tenantId ?? caller.tenantId,
    partyTenantIds: created.partyTenantIds ?? [],
    isPublic: created.isPublic ?? false,
    status,
    data,
    internal: created.internal ?? {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  const eventType = def.events?.$created ?? (status ? def.events?.[status] : undefined);
  if (eventType)
    await ctx.emit(eventType, present(def, ctx, row), { visibleTo: [row.tenantId, ...row.partyTenantIds] });
  return {
    status: 201,
    body: present(def, ctx, row),
    headers: { Location: `${ctx.op.path.replace(/\/$/, '')}/${id}` },
  };
}

/** JSON Merge Patch (RFC 7396). */
export function mergePatch(target: Data, patch: Data): Data {
  const out: Data = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      out[key] &&
      typeof out[key] === 'object' &&
      !Array.isArray(out[key])
    ) {
      out[key] = mergePatch(out[key] as Data, value as Data);
    } else out[key] = value;
  }
  return out;
}

export async function updateResource(
  def: ResourceDefinition,
  ctx: OperationContext,
  id: string,
): Promise<CustomResult> {
  const row = await findVisible(ctx.tx, def.type, id, visibleTo(ctx.caller, ctx.visibility), true);
  if (!row) throw notFound(def.label, id);
  const reason = def.notEditable?.(row);
  if (reason) throw new ProblemError(409, 'invalid-transition', reason, { currentState: row.status });
  const patch = (ctx.body ?? {}) as Data;
  const changes = def.update
    ? await def.update(ctx, row, patch)
    : { data: mergePatch(row.data as Data, patch) };
  const saved = await saveObject(
    ctx.tx,
    row,
    { ...changes, ...(changes.status ? { status: changes.status } : {}) },
    ctx.now,
  );
  return { body: present(def, ctx, saved) };
}

export async function runAction(
  def: ResourceDefinition,
  ctx: OperationContext,
  id: string,
): Promise<CustomResult> {
  const machine = ctx.op.machine;
  const verb = ctx.op.id.split('.')[1] as string;
  const row = await findVisible(ctx.tx, def.type, id, visibleTo(ctx.caller, ctx.visibility), true);
  if (!row) throw notFound(def.label, id);
  const state = row.status ?? '';
  const targets = machine ? targetsOf(machine, ctx.op.id, state) : [];
  if (machine && targets.length === 0) {
    const allowed = allowedActions(machine, state);
    throw new ProblemError(
      409,
      'invalid-transition',
      `Cannot ${verb} ${def.label} ${id} while it is ${state}. Allowed now: ${allowed.join(', ') || 'nothing'}.`,
      { currentState: state, allowedActions: allowed },
    );
  }
  const body = (ctx.body ?? {}) as Data;
  const hook = def.actions?.[verb];
  if (!hook && targets.length !== 1) {
    throw new ProblemError(
      501,
      'not-implemented',
      `${ctx.op.id} needs a rule to choose among ${targets.join(', ')}; this server has none yet.`,
    );
  }
  const outcome = hook ? await hook(ctx, row, body, targets) : { to: targets[0] as string };
  if (machine && !targets.includes(outcome.to))
    throw new Error(`${ctx.op.id} chose ${outcome.to}, not one of ${targets.join(', ')}`);
  // The reason is kept where the resource's schema has a place for it (`statusReason`).
  const keepsReason = Boolean(loadSpec().components.schemas[def.type]?.properties?.statusReason);
  const reasonPatch = keepsReason && typeof body.reason === 'string' ? { statusReason: body.reason } : {};
  const data = { ...(row.data as Data), ...reasonPatch, ...outcome.data };
  const saved = await saveObject(
    ctx.tx,
    row,
    {
      data,
      status: outcome.to,
      isPublic: outcome.isPublic ?? row.isPublic,
      partyTenantIds: outcome.partyTenantIds ?? row.partyTenantIds,
      internal: { ...(row.internal as Data), ...outcome.internal },
    },
    ctx.now,
  );
  const eventType = def.events?.[outcome.to];
  if (eventType && outcome.to !== state) {
    await ctx.emit(eventType, present(def, ctx, saved), {
      previousStatus: state,
      visibleTo: [saved.tenantId, ...saved.partyTenantIds],
    });
  }
  return { body: present(def, ctx, saved) };
}
