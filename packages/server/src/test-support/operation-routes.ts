import { type OperationSpec, operationRegistry } from '../spec/registry.js';

interface Route {
  op: OperationSpec;
  pattern: RegExp;
}

let routes: Route[] | undefined;

/** The spec's routes, literal ones first, so `/open-data/catalog` never matches a `{param}` route. */
function allRoutes(): Route[] {
  routes ??= [...operationRegistry().values()]
    .map((op) => ({
      op,
      pattern: new RegExp(`^${op.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
    }))
    .sort((a, b) => a.op.pathParams.length - b.op.pathParams.length);
  return routes;
}

/**
 * The operation a request addresses (path relative to `/v1`, query ignored), or undefined when the
 * spec has none; the recorder uses it to pick each response's schema.
 *
 * @example
 * operationFor('POST', '/escrows/esc_01J…/release')?.id; // 'escrows.release'
 */
export function operationFor(method: string, path: string): OperationSpec | undefined {
  const bare = path.split('?')[0] as string;
  const upper = method.toUpperCase();
  return allRoutes().find((r) => r.op.method === upper && r.pattern.test(bare || '/'))?.op;
}
