import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** A loosely typed OpenAPI document; the generator only reads well-known keys. */
export type Doc = Record<string, any>;

/** The domains of the standard; `common` is generated into @gigmarket/core. */
export const DOMAINS = ['common', 'jobs', 'settlement', 'insurance', 'credit', 'reporting'] as const;
export type Domain = (typeof DOMAINS)[number];

const require = createRequire(import.meta.url);

/** The bundled spec from @gigmarket/openapi (built by its `build` task), or `GIGMARKET_SPEC` when set. */
export function loadBundledSpec(): Doc {
  const file = process.env.GIGMARKET_SPEC ?? require.resolve('@gigmarket/openapi/openapi.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Which domain each named schema belongs to, read from the spec's folders
 * (`components/schemas/<domain>/<Name>.yaml`); the bundle keeps names but not folders.
 */
export function schemaDomains(): Map<string, Domain> {
  const root = join(dirname(require.resolve('@gigmarket/openapi/package.json')), 'components', 'schemas');
  const map = new Map<string, Domain>();
  for (const domain of DOMAINS) {
    for (const file of readdirSync(join(root, domain))) {
      if (file.endsWith('.yaml')) map.set(basename(file, '.yaml'), domain);
    }
  }
  return map;
}

/** The standard's version (`info.version`). */
export function standardVersion(spec: Doc): string {
  return spec.info.version;
}
