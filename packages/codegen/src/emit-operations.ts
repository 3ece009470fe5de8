import type { OperationInfo } from './descriptors.js';
import { withHeader } from './header.js';

/** `operations.ts`: the route table the runtime binds into client methods (no types, no zod). */
export function emitOperations(ops: OperationInfo[], runtime: string): string {
  const rows = ops.map(
    ({ descriptor }) => `  ${JSON.stringify(descriptor.id)}: ${JSON.stringify(descriptor)},`,
  );
  return withHeader(`import type { OperationDescriptor } from '${runtime}';

/** Every operation of this domain, keyed by operationId. */
export const operationTable = {
${rows.join('\n')}
} as const satisfies Record<string, OperationDescriptor>;

/** The operationIds of this domain. */
export type OperationId = keyof typeof operationTable;
`);
}
