import type { SQL } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { CustomResult, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';

/** How one query parameter that is not a top-level field filters rows. */
export type FilterFor = (value: unknown) => SQL | undefined;

/**
 * The generic list with filters on nested fields (`subjectId` → `subject.id`) or arrays: those
 * parameters are taken out of the generic field-equality filters, which would compare a top-level
 * field of that name, and applied as SQL conditions instead.
 */
export function listWith(
  def: ResourceDefinition,
  filters: Record<string, FilterFor>,
): (ctx: OperationContext) => Promise<CustomResult> {
  return (ctx) => {
    const query: Record<string, unknown> = {};
    const conditions: Array<SQL | undefined> = [];
    for (const [name, value] of Object.entries(ctx.query)) {
      const filter = filters[name];
      if (!filter) query[name] = value;
      else if (value !== undefined) conditions.push(filter(value));
    }
    const extra = def.listFilters;
    return listResource(
      { ...def, listFilters: (c) => [...conditions, ...(extra?.(c) ?? [])] },
      { ...ctx, query },
    );
  };
}
