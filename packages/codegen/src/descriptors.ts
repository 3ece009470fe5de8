import type { Doc } from './spec.js';
import { operationsOf } from './split.js';

/** The runtime description of one operation: what `@gigmarket/core`'s transport needs, nothing more. */
export interface Descriptor {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  queryParams: string[];
  requestBody?: { contentType: string; required: boolean };
  responseContentType?: string;
  successStatus: number;
  paginated: boolean;
  idempotency: 'required' | 'optional' | 'none';
  scopes: string[];
  sandbox?: true;
}

/** What the typed client needs beyond the descriptor. */
export interface OperationInfo {
  descriptor: Descriptor;
  summary: string;
  description: string;
  deprecated: boolean;
  hasRequiredQuery: boolean;
  /** The success body's media type (`application/json` unless the operation serves a feed); undefined for 204. */
  responseMediaType?: string;
}

const CONTENT_PREFERENCE = [
  'application/json',
  'application/merge-patch+json',
  'application/x-www-form-urlencoded',
];

function deref(doc: Doc, node: Doc): Doc {
  if (typeof node?.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((n: Doc, k: string) => n[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
}

/** Reads the operation table from a (domain) document. */
export function describeOperations(doc: Doc): OperationInfo[] {
  return operationsOf(doc).map(({ path, method, op, item }) => {
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Doc) => deref(doc, p));
    const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const query = params.filter((p) => p.in === 'query');
    const key = params.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    const body = op.requestBody && deref(doc, op.requestBody);
    const contentType = body && CONTENT_PREFERENCE.find((t) => body.content?.[t]);
    if (body && !contentType) throw new Error(`${op.operationId}: no supported request content type`);
    const success = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
    if (!success) throw new Error(`${op.operationId}: no 2xx response`);
    const content = deref(doc, op.responses[success])?.content ?? {};
    const responseMediaType = content['application/json'] ? 'application/json' : Object.keys(content)[0];
    const schema = deref(doc, content['application/json']?.schema ?? {});
    const scopes = [
      ...new Set<string>((op.security ?? []).flatMap((s: Doc) => Object.values(s).flat() as string[])),
    ].sort();
    const descriptor: Descriptor = {
      id: op.operationId,
      method: method.toUpperCase() as Descriptor['method'],
      path,
      pathParams,
      queryParams: query.map((p) => p.name),
      ...(body
        ? { requestBody: { contentType: contentType as string, required: body.required === true } }
        : {}),
      ...(responseMediaType && responseMediaType !== 'application/json'
        ? { responseContentType: responseMediaType }
        : {}),
      successStatus: Number(success),
      paginated: Boolean(schema?.properties?.data && schema?.properties?.nextCursor),
      idempotency: key ? (key.required ? 'required' : 'optional') : 'none',
      scopes,
      ...(op['x-sandbox'] ? { sandbox: true as const } : {}),
    };
    if (body && query.length)
      throw new Error(`${op.operationId}: an operation takes a body or query parameters, not both`);
    return {
      descriptor,
      summary: op.summary ?? '',
      description: op.description ?? '',
      deprecated: op.deprecated === true,
      hasRequiredQuery: query.some((p) => p.required),
      ...(responseMediaType ? { responseMediaType } : {}),
    };
  });
}
