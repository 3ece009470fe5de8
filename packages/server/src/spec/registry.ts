import { deref, loadSpec, refName, type SpecDoc } from './load.js';
import { type StateMachine, stateMachines } from './state-machines.js';

export type Visibility = 'own' | 'party' | 'all' | 'public';
export type OperationKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'action' | 'custom';

/** One operation of the standard as the server needs it, read from the bundled spec. */
export interface OperationSpec {
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  /** The path in Hono syntax: `/escrows/:escrowId/release`. */
  routePath: string;
  domain: string;
  kind: OperationKind;
  /** The schema name of the object the operation answers with (a page's item for lists). */
  resource?: string;
  successStatus: number;
  /** Scopes of which the caller needs all of one alternative of `security`. */
  scopeAlternatives: string[][];
  anonymous: boolean;
  roles: Record<string, Visibility>;
  sandbox: boolean;
  idempotency: 'required' | 'optional' | 'none';
  pathParams: string[];
  queryParams: string[];
  requestContentTypes: string[];
  /** Whether the request body is required (an optional body may be omitted entirely). */
  requestBodyRequired: boolean;
  /** For actions: the machine of the resource and the transitions this action may take. */
  machine?: StateMachine;
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

function kindOf(
  method: string,
  path: string,
  op: any,
  resource: string | undefined,
  paginated: boolean,
): OperationKind {
  const verb = /\/\{[^}]+\}\/([a-z-]+)$/
    .exec(path)?.[1]
    ?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const action = op.operationId.split('.')[1];
  if (method === 'get' && paginated) return 'list';
  if (method === 'get' && /\{[^}]+\}$/.test(path) && resource) return 'get';
  if (method === 'patch') return 'update';
  if (method === 'delete') return 'delete';
  if (method === 'post' && verb && action === verb) return 'action';
  if (method === 'post' && action === 'create') return 'create';
  return 'custom';
}

function buildRegistry(spec: SpecDoc): Map<string, OperationSpec> {
  const machines = stateMachines(spec);
  const registry = new Map<string, OperationSpec>();
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: any) => deref(spec, p));
      const success = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s)) as string;
      const schemaNode = deref(spec, op.responses[success])?.content?.['application/json']?.schema;
      const schema = deref(spec, schemaNode);
      const paginated = Boolean(schema?.properties?.data && schema?.properties?.nextCursor);
      const resource = paginated ? refName(schema.properties.data.items) : refName(schemaNode);
      const key = params.find((p: any) => p.in === 'header' && p.name === 'Idempotency-Key');
      const kind = kindOf(method, path, op, resource, paginated);
      const security: Array<Record<string, string[]>> = op.security ?? [];
      registry.set(op.operationId, {
        id: op.operationId,
        method: method.toUpperCase() as OperationSpec['method'],
        path,
        routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
        domain: op.tags[0],
        kind,
        ...(resource ? { resource } : {}),
        successStatus: Number(success),
        // The OAuth alternatives; an API key carries scopes too and is checked against the same lists.
        scopeAlternatives: security.filter((s) => 'oauth2' in s).map((s) => s.oauth2 ?? []),
        anonymous: security.some((s) => Object.keys(s).length === 0),
        roles: op['x-roles'] ?? {},
        sandbox: op['x-sandbox'] === true,
        idempotency: key ? (key.required ? 'required' : 'optional') : 'none',
        pathParams: params.filter((p: any) => p.in === 'path').map((p: any) => p.name),
        queryParams: params.filter((p: any) => p.in === 'query').map((p: any) => p.name),
        requestContentTypes: Object.keys(deref(spec, op.requestBody)?.content ?? {}),
        requestBodyRequired: deref(spec, op.requestBody)?.required === true,
        ...(kind === 'action' && resource && machines.get(resource)
          ? { machine: machines.get(resource) }
          : {}),
      });
    }
  }
  return registry;
}

let cached: Map<string, OperationSpec> | undefined;

/** Every operation of the standard by operationId. */
export function operationRegistry(): Map<string, OperationSpec> {
  cached ??= buildRegistry(loadSpec());
  return cached;
}
