import type { OperationInfo } from './descriptors.js';
import { withHeader } from './header.js';

/** hey-api's name for an operation's response schema: `escrows.release` → `zEscrowsReleaseResponse`. */
export function zodResponseName(operationId: string): string {
  const pascal = operationId
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `z${pascal}Response`;
}

/**
 * `validation.ts`: operationId → response schema, for the transport's `validation` option. It is a
 * separate entry point so that clients that do not validate never load zod (nor the validator).
 */
export function emitValidation(ops: OperationInfo[], exported: Set<string>, runtime: string): string {
  const withSchema = ops.filter((o) => exported.has(zodResponseName(o.descriptor.id)));
  const names = withSchema.map((o) => zodResponseName(o.descriptor.id)).sort();
  const rows = withSchema.map(
    (o) => `  ${JSON.stringify(o.descriptor.id)}: { response: ${zodResponseName(o.descriptor.id)} },`,
  );
  return withHeader(`import { defineResponseSchemas } from '${runtime}';
import {
${names.map((n) => `  ${n},`).join('\n')}
} from './schemas.js';

/**
 * Response schemas by operationId; pass to the client as \`validation: { mode, schemas }\`.
 * \`defineResponseSchemas\` attaches the validator, so clients that do not validate never load it.
 */
export const responseSchemas = /* @__PURE__ */ defineResponseSchemas({
${rows.join('\n')}
});
`);
}
