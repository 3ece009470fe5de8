import { type OperationId, operationTable } from '@gigmarket/sdk';
import type { Role, RunContext } from '../context.js';

type Caller = Role;

/** Any object the standard answers with: an id and, for lifecycle resources, a status. */
export interface Resource {
  id: string;
  status?: string;
  [field: string]: unknown;
}

/**
 * Calls an operation by its operationId through the SDK (strict response validation, the SDK's own
 * Idempotency-Key handling). Walks are driven by the operationIds of `x-state-machine`, so a
 * generic call by id lets them follow the spec instead of naming SDK methods one by one.
 */
export function call<T = Resource>(
  ctx: RunContext,
  operationId: OperationId,
  args: { path?: Record<string, string>; body?: unknown; query?: Record<string, string | number> } = {},
  caller: Caller = 'primary',
): Promise<T> {
  const descriptor = operationTable[operationId];
  return ctx.sdk(caller).transport.request<T>(descriptor, {
    ...(args.path ? { pathParams: args.path } : {}),
    ...(args.body !== undefined ? { body: args.body } : descriptor.requestBody?.required ? { body: {} } : {}),
    ...(args.query ? { query: args.query } : {}),
  });
}

/** The path parameter of a resource's member path, e.g. `jobId` for `/jobs/{jobId}/pause`. */
export function memberParam(operationId: OperationId): string {
  const params = operationTable[operationId].pathParams;
  return params[params.length - 1] as string;
}

/** The path of an operation with its parameters filled in. */
export function pathOf(operationId: OperationId, params: Record<string, string>): string {
  return operationTable[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? `{${name}}`),
  );
}
