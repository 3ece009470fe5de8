import type { OperationContext } from '../context.js';
import { ProblemError } from '../http/problem.js';
import type { Behaviour, CustomResult } from './definitions.js';
import { createResource, getResource, listResource, runAction, updateResource } from './generic.js';

/**
 * Runs one operation: a custom handler when the server has one for the operationId, otherwise the
 * generic handler for its kind on the resource's definition. An operation with neither answers
 * `501 not-implemented`, so gaps are visible (and counted by the coverage test), never silent.
 */
export async function dispatch(behaviour: Behaviour, ctx: OperationContext): Promise<CustomResult> {
  const { op } = ctx;
  const custom = behaviour.custom.get(op.id);
  if (custom) return custom(ctx);
  const def = op.resource ? behaviour.resources.get(op.resource) : undefined;
  const id = op.pathParams.length ? ctx.path[op.pathParams[op.pathParams.length - 1] as string] : undefined;
  if (def) {
    if (op.kind === 'list') return listResource(def, ctx);
    if (op.kind === 'get' && id) return getResource(def, ctx, id);
    if (op.kind === 'create') return createResource(def, ctx);
    if (op.kind === 'update' && id) return updateResource(def, ctx, id);
    if (op.kind === 'action' && id) return runAction(def, ctx, id);
  }
  throw new ProblemError(
    501,
    'not-implemented',
    `${op.id} is part of the standard but not implemented by this server yet.`,
  );
}

/** Whether the behaviour covers an operation (for the coverage test and discovery). */
export function implemented(
  behaviour: Behaviour,
  op: { id: string; kind: string; resource?: string },
): boolean {
  if (behaviour.custom.has(op.id)) return true;
  return Boolean(
    op.resource &&
      behaviour.resources.has(op.resource) &&
      ['list', 'get', 'create', 'update', 'action'].includes(op.kind),
  );
}
