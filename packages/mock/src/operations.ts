import { type OperationSpec, operationRegistry } from '@gigmarket/server/browser';

interface Route {
  op: OperationSpec;
  pattern: RegExp;
  /** Literal segments count more than parameters, so `/jobs/search` wins over `/jobs/{jobId}`. */
  literals: number;
}

let routes: Route[] | undefined;

function compile(): Route[] {
  return [...operationRegistry().values()]
    .map((op) => {
      const segments = op.path.split('/').filter(Boolean);
      const source = segments.map((s) => (/^\{.+\}$/.test(s) ? '/[^/]+' : `/${escapeRegExp(s)}`)).join('');
      return {
        op,
        pattern: new RegExp(`^${source}/?$`),
        literals: segments.filter((s) => !s.startsWith('{')).length,
      };
    })
    .sort((a, b) => b.literals - a.literals);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The operation of the standard a request calls, or `undefined` for a path and method the standard
 * does not define. `path` is relative to the API's base URL (`/escrows/esc_…/release`).
 *
 * @example
 * operationFor('POST', '/escrows/esc_01J4…/release')?.id; // 'escrows.release'
 */
export function operationFor(method: string, path: string): OperationSpec | undefined {
  routes ??= compile();
  const upper = method.toUpperCase();
  return routes.find((r) => r.op.method === upper && r.pattern.test(path))?.op;
}

/** Every operationId of the standard (for checking the names partners pass to `failNext`). */
export function operationIds(): Set<string> {
  return new Set(operationRegistry().keys());
}
