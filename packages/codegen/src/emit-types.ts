import openapiTS, { astToString } from 'openapi-typescript';
import { withHeader } from './header.js';
import type { Doc } from './spec.js';

/** `types.ts`: openapi-typescript's types for a domain document (paths, operations, components, webhooks). */
export async function emitTypes(doc: Doc): Promise<string> {
  // A default does not make a field required to send, so keep fields with defaults optional (as zod does).
  const ast = await openapiTS(structuredClone(doc) as never, {
    alphabetize: true,
    exportType: false,
    defaultNonNullable: false,
  });
  // openapi-typescript's helper for required-in-this-context properties is module-private, yet
  // exported operation types refer to it; export it so declaration readers (typedoc) can resolve it.
  return withHeader(astToString(ast).replace(/^type WithRequired</m, 'export type WithRequired<'));
}

/**
 * `models.ts`: a named type per schema the domain owns, so users write `Escrow` rather than
 * `components['schemas']['Escrow']`.
 */
export function emitModels(names: string[]): string {
  const rows = names.map((n) => `export type ${n} = components['schemas'][${JSON.stringify(n)}];`);
  return withHeader(`import type { components } from './types.js';\n\n${rows.join('\n')}\n`);
}
