import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A loosely typed OpenAPI document; the registry reads well-known keys only. */
export type SpecDoc = Record<string, any>;

const require = createRequire(import.meta.url);

let cached: SpecDoc | undefined;

/** The bundled standard this server implements (`@gigmarket/openapi/openapi.json`). */
export function loadSpec(): SpecDoc {
  cached ??= JSON.parse(readFileSync(require.resolve('@gigmarket/openapi/openapi.json'), 'utf8')) as SpecDoc;
  return cached;
}

/** Resolves a local `$ref` (one level). */
export function deref(spec: SpecDoc, node: any): any {
  if (typeof node?.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((n: any, k: string) => n?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
}

/** The component name a `$ref` points to (`#/components/schemas/Escrow` → `Escrow`). */
export function refName(node: any): string | undefined {
  return typeof node?.$ref === 'string' ? node.$ref.split('/').pop() : undefined;
}
