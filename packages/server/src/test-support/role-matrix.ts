import { deref, loadSpec } from '../spec/load.js';
import { CLIENTS, type ClientName } from './clients.js';

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
const PROBLEMS = 'https://gigmarket.org.cn/problems/';

/** One operation as the raw spec declares it: no server code in between. */
export interface SpecOperation {
  id: string;
  method: string;
  path: string;
  roles: Record<string, string>;
  /** Names of the query parameters. */
  queryParams: string[];
  /** `security` alternatives: `{}` (anonymous), `{ oauth2: [scopes] }`, `{ apiKey: [] }`. */
  security: Array<Record<string, string[]>>;
}

/** Every operation of the bundled spec, read straight from the document. */
export function specOperations(): SpecOperation[] {
  const spec = loadSpec();
  // biome-ignore lint/suspicious/noExplicitAny: the spec is read loosely, as spec/load.ts types it
  return Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({
      id: item[m].operationId as string,
      method: m.toUpperCase(),
      path,
      roles: item[m]['x-roles'] ?? {},
      queryParams: [...(item.parameters ?? []), ...(item[m].parameters ?? [])]
        .map((p: unknown) => deref(spec, p))
        .filter((p: { in: string }) => p.in === 'query')
        .map((p: { name: string }) => p.name),
      security: item[m].security ?? spec.security ?? [],
    })),
  );
}

/**
 * Whether the spec lets a client (or nobody: `null`) call an operation: its role is in `x-roles`
 * and it holds every scope of one OAuth alternative. API keys carry the client's scopes and are
 * judged by the same lists (conventions §7), so `apiKey: []` is no way around a scope.
 */
export function specAllows(op: SpecOperation, client: ClientName | null): boolean {
  if (client === null) return op.security.some((alt) => Object.keys(alt).length === 0);
  const { role, scopes } = CLIENTS[client];
  if (!(role in op.roles)) return false;
  const oauth = op.security.filter((alt) => 'oauth2' in alt).map((alt) => alt.oauth2 ?? []);
  return (
    oauth.length === 0 || oauth.some((alt) => alt.every((s) => (scopes as readonly string[]).includes(s)))
  );
}

/**
 * What is wrong with an answer, or undefined when it is what the spec promises: refused callers get
 * `401 unauthenticated` (no credentials) or `403 forbidden` as problem+json; allowed callers get
 * anything but 401/403 (the probe's ids and bodies are made up, so 400/404/409 are fine).
 */
export function judgeAuthorization(
  allowed: boolean,
  anonymous: boolean,
  res: { status: number; headers: Headers; body?: { type?: unknown } },
): string | undefined {
  if (allowed)
    return res.status === 401 || res.status === 403 ? `allowed but answered ${res.status}` : undefined;
  const [status, slug] = anonymous ? [401, 'unauthenticated'] : [403, 'forbidden'];
  if (res.status !== status) return `refused expected ${status}, got ${res.status}`;
  if (res.body?.type !== `${PROBLEMS}${slug}`) return `refused with type ${res.body?.type}`;
  if (!/problem\+json/.test(res.headers.get('content-type') ?? '')) return 'refusal is not problem+json';
  return undefined;
}

/** A request that reaches the operation: made-up ids in the path, an empty JSON body for writes. */
export function probeRequest(op: SpecOperation): {
  path: string;
  body?: unknown;
  headers: Record<string, string>;
} {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === 'subjectType' ? 'WORKER' : `x_01J0000000000000000000000${name.length % 10}`,
  );
  const write = op.method !== 'GET' && op.method !== 'DELETE';
  return {
    path,
    ...(write ? { body: {} } : {}),
    headers:
      op.method === 'POST'
        ? { 'Idempotency-Key': `probe-${op.id}-${Math.random().toString(36).slice(2)}` }
        : {},
  };
}
