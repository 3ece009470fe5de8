import { loadSpec, type OperationSpec, type SpecDoc } from '@gigmarket/server/browser';

const deref = (spec: SpecDoc, node: any): any =>
  typeof node?.$ref === 'string'
    ? node.$ref
        .slice(2)
        .split('/')
        .reduce((n: any, k: string) => n?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], spec)
    : node;

/** A documented response body and its media type. */
export interface DocumentedExample {
  mediaType: string;
  body: unknown;
}

/**
 * The examples the spec documents for one response of an operation, by name: each entry of the
 * media type's `examples`, and its single `example` (or else the schema's) as `default`. Pages
 * whose only example is the item's come back as a one-item page.
 */
export function documentedExamples(op: OperationSpec, status: number): Map<string, DocumentedExample> {
  const spec = loadSpec();
  const operation = spec.paths?.[op.path]?.[op.method.toLowerCase()];
  const response = deref(spec, operation?.responses?.[String(status)]);
  const found = new Map<string, DocumentedExample>();
  for (const [mediaType, media] of Object.entries<any>(response?.content ?? {})) {
    for (const [name, example] of Object.entries<any>(media.examples ?? {}))
      found.set(name, { mediaType, body: deref(spec, example)?.value });
    const schema = deref(spec, media.schema);
    const item = deref(spec, schema?.properties?.data?.items);
    const single =
      media.example ??
      schema?.example ??
      (schema?.properties?.nextCursor && item?.example !== undefined
        ? { data: [item.example], nextCursor: null }
        : undefined);
    if (single !== undefined && !found.has('default')) found.set('default', { mediaType, body: single });
  }
  return found;
}
