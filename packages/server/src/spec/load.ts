/** A loosely typed OpenAPI document; the registry reads well-known keys only. */
export type SpecDoc = Record<string, any>;

let cached: SpecDoc | undefined;

/**
 * Hands the server its spec up front, for runtimes without a file system (the browser build of
 * `@gigmarket/mock` bundles the JSON). Call it before the first request; Node never needs it.
 */
export function provideSpec(spec: SpecDoc): void {
  cached = spec;
}

/**
 * The bundled standard this server implements (`@gigmarket/openapi/openapi.json`). On Node it is
 * read from the package on first use; built-ins come from `process.getBuiltinModule`, not static
 * imports, so a browser bundle of the server has no `node:fs` to shim.
 */
export function loadSpec(): SpecDoc {
  cached ??= readBundledSpec();
  return cached;
}

function readBundledSpec(): SpecDoc {
  const getBuiltin = globalThis.process?.getBuiltinModule;
  if (!getBuiltin)
    throw new Error(
      'This runtime has no file system to read the spec from: call provideSpec(openapiJson) first (the @gigmarket/server/browser entry does).',
    );
  const fs = getBuiltin('node:fs') as typeof import('node:fs');
  const { createRequire } = getBuiltin('node:module') as typeof import('node:module');
  const path = createRequire(import.meta.url).resolve('@gigmarket/openapi/openapi.json');
  return JSON.parse(fs.readFileSync(path, 'utf8')) as SpecDoc;
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
