import { createRequire } from 'node:module';

/** A loosely typed OpenAPI document: only well-known keys are read. */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is untyped JSON.
export type OpenApiDocument = Record<string, any>;

/** What a mock needs to know about one operation of the spec. */
export interface SpecOperation {
  operationId: string;
  method: 'get' | 'put' | 'post' | 'patch' | 'delete';
  /** The path template, e.g. `/escrows/{escrowId}/release`. */
  path: string;
  successStatus: number;
  /** The success body's media type; undefined for 204. */
  mediaType?: string;
  /** The documented success body; undefined for 204. */
  example?: unknown;
  /** The documented request body, for operations that take one. */
  requestExample?: unknown;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

const require = createRequire(import.meta.url);

/** The bundled spec (`openapi/dist/openapi.json`; rebuild with `pnpm --filter @gigmarket/openapi build`). */
export function loadBundledSpec(): OpenApiDocument {
  return require('@gigmarket/openapi/openapi.json') as OpenApiDocument;
}

function deref(doc: OpenApiDocument, node: OpenApiDocument | undefined): OpenApiDocument | undefined {
  if (typeof node?.$ref !== 'string') return node;
  const target = (node.$ref as string)
    .slice(2)
    .split('/')
    .reduce((n: OpenApiDocument, k) => n?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  return deref(doc, target);
}

/**
 * The documented success body: the media type's `example`, else its first `examples` value, else the
 * schema's `example`, else for pages (`{ data, nextCursor }`) one page holding the item's example.
 */
function exampleOf(doc: OpenApiDocument, media: OpenApiDocument, operationId: string): unknown {
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0] as OpenApiDocument | undefined;
  if (first) return deref(doc, first)?.value;
  const schema = deref(doc, media.schema);
  if (schema?.example !== undefined) return schema.example;
  const item = deref(doc, deref(doc, schema?.properties?.data)?.items);
  if (schema?.properties?.nextCursor && item?.example !== undefined) {
    return { data: [item.example], nextCursor: null };
  }
  throw new Error(`${operationId}: the spec documents no example for its success response.`);
}

/** Every operation of the document with its success status, media type and example. */
export function specOperations(doc: OpenApiDocument = loadBundledSpec()): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {}) as [string, OpenApiDocument][]) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const status = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
      if (!status) throw new Error(`${op.operationId}: no 2xx response`);
      const content: OpenApiDocument = deref(doc, op.responses[status])?.content ?? {};
      const mediaType = Object.keys(content)[0];
      const body: OpenApiDocument | undefined = deref(doc, op.requestBody)?.content;
      const bodyType = body && Object.keys(body)[0];
      out.push({
        operationId: op.operationId,
        method,
        path,
        successStatus: Number(status),
        ...(mediaType ? { mediaType, example: exampleOf(doc, content[mediaType], op.operationId) } : {}),
        ...(body && bodyType ? { requestExample: exampleOf(doc, body[bodyType], op.operationId) } : {}),
      });
    }
  }
  return out;
}

let cache: Map<string, SpecOperation> | undefined;

/**
 * The documented success body of one operation of the bundled spec, as a fresh copy.
 *
 * @example
 * ```ts
 * const escrow = specExample('escrows.get') as Escrow;
 * ```
 */
export function specExample(operationId: string): unknown {
  return structuredClone(findOperation(operationId).example);
}

/**
 * The documented request body of one operation of the bundled spec, as a fresh copy.
 *
 * @example
 * ```ts
 * await client.jobs.create(specRequestExample('jobs.create') as JobCreate);
 * ```
 */
export function specRequestExample(operationId: string): unknown {
  const operation = findOperation(operationId);
  if (operation.requestExample === undefined) throw new Error(`'${operationId}' takes no request body.`);
  return structuredClone(operation.requestExample);
}

function findOperation(operationId: string): SpecOperation {
  cache ??= new Map(specOperations().map((o) => [o.operationId, o]));
  const operation = cache.get(operationId);
  if (!operation) throw new Error(`No operation '${operationId}' in the bundled spec.`);
  return operation;
}
