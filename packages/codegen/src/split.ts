import type { Doc, Domain } from './spec.js';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** Collects every local `$ref` target reachable from `node`, following refs transitively. */
function reachableRefs(doc: Doc, roots: unknown[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const ref = (node as Doc).$ref;
      if (typeof ref === 'string' && ref.startsWith('#/') && !seen.has(ref)) {
        seen.add(ref);
        stack.push(
          ref
            .slice(2)
            .split('/')
            .reduce((n: Doc, k) => n?.[k.replaceAll('~1', '/').replaceAll('~0', '~')], doc),
        );
      }
      stack.push(...Object.values(node));
    }
  }
  return seen;
}

/** Whether every operation of a path item carries `domain` as its tag. */
function itemInDomain(item: Doc, domain: Domain): boolean {
  return METHODS.some((m) => item[m]?.tags?.[0] === domain);
}

/**
 * The part of the bundled document one SDK package is generated from: the domain's paths and
 * webhooks, and only the components they reach (a domain reaches its own schemas and `common`'s).
 */
export function domainDocument(spec: Doc, domain: Domain): Doc {
  const paths = Object.fromEntries(
    Object.entries(spec.paths ?? {}).filter(([, item]) => itemInDomain(item as Doc, domain)),
  );
  const webhooks = Object.fromEntries(
    Object.entries(spec.webhooks ?? {}).filter(([, item]) => itemInDomain(item as Doc, domain)),
  );
  const refs = reachableRefs(spec, [paths, webhooks]);
  const components: Doc = { securitySchemes: spec.components.securitySchemes };
  for (const [kind, entries] of Object.entries(spec.components ?? {})) {
    if (kind === 'securitySchemes') continue;
    const kept = Object.entries(entries as Doc).filter(([name]) => refs.has(`#/components/${kind}/${name}`));
    if (kept.length) components[kind] = Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)));
  }
  return {
    openapi: spec.openapi,
    info: spec.info,
    servers: spec.servers,
    tags: (spec.tags ?? []).filter((t: Doc) => t.name === domain),
    paths,
    ...(Object.keys(webhooks).length ? { webhooks } : {}),
    components,
  };
}

/** Every operation of a document with its path and method, in a stable order. */
export function operationsOf(doc: Doc): Array<{ path: string; method: string; op: Doc; item: Doc }> {
  const out: Array<{ path: string; method: string; op: Doc; item: Doc }> = [];
  for (const [path, item] of Object.entries(doc.paths ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    for (const method of METHODS) {
      const op = (item as Doc)[method];
      if (op) out.push({ path, method, op, item: item as Doc });
    }
  }
  return out.sort((a, b) => a.op.operationId.localeCompare(b.op.operationId));
}
