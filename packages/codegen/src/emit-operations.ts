import type { Descriptor, OperationInfo } from './descriptors.js';
import { withHeader } from './header.js';

/** The operation's default idempotency when its row leaves it off (see core's `defineOperations`). */
const defaultIdempotency = (method: string) => (method === 'POST' ? 'optional' : 'none');

/**
 * One descriptor as core's compact `OperationRow`: `[method, path, queryParams, requestBody,
 * successStatus, paginated, idempotency, more]`, with defaults as `null` and trailing ones left off.
 * `id` is the row's key and `pathParams` come from `path`, so neither is written; nor are `scopes`,
 * which the runtime does not need (the typed client's JSDoc lists them).
 */
export function operationRow(d: Descriptor): unknown[] {
  const more = {
    ...(d.responseContentType ? { responseContentType: d.responseContentType } : {}),
    ...(d.sandbox ? { sandbox: true } : {}),
  };
  const body = d.requestBody;
  const row: unknown[] = [
    d.method,
    d.path,
    d.queryParams.join(',') || null,
    body ? (body.contentType === 'application/json' ? body.required : body) : null,
    d.successStatus === 200 ? null : d.successStatus,
    d.paginated || null,
    d.idempotency === defaultIdempotency(d.method) ? null : d.idempotency,
    Object.keys(more).length ? more : null,
  ];
  while (row.at(-1) === null) row.pop();
  return row;
}

/**
 * Checks what the runtime no longer checks at bind time: every id is `resource.action` (camelCase
 * identifiers) and no id is both a method and a namespace of another.
 */
function checkIds(ids: string[]): void {
  const names = new Set(ids);
  for (const id of ids) {
    const segments = id.split('.');
    if (segments.length < 2 || !segments.every((s) => /^[A-Za-z_$][\w$]*$/.test(s))) {
      throw new Error(`Operation id '${id}' is not of the form 'resource.action'.`);
    }
    if (segments.some((s) => ['__proto__', 'constructor', 'prototype'].includes(s))) {
      throw new Error(`Operation id '${id}' uses a reserved name.`);
    }
    for (let i = 1; i < segments.length - 1; i++) {
      const prefix = segments.slice(0, i + 1).join('.');
      if (names.has(prefix)) throw new Error(`'${prefix}' is both a method and a namespace (${id}).`);
    }
  }
}

/** `operations.ts`: the route table the runtime binds into client methods (no types, no zod). */
export function emitOperations(ops: OperationInfo[], runtime: string): string {
  checkIds(ops.map(({ descriptor }) => descriptor.id));
  // Grouped by resource (the part of the id before the first dot), in the order of the operations.
  const groups = new Map<string, string[]>();
  for (const { descriptor } of ops) {
    const dot = descriptor.id.indexOf('.');
    const resource = descriptor.id.slice(0, dot);
    const action = descriptor.id.slice(dot + 1);
    const rows = groups.get(resource) ?? [];
    rows.push(`    ${JSON.stringify(action)}: ${JSON.stringify(operationRow(descriptor))},`);
    groups.set(resource, rows);
  }
  const body = [...groups].map(
    ([resource, rows]) => `  ${JSON.stringify(resource)}: {\n${rows.join('\n')}\n  },`,
  );
  return withHeader(`import { defineOperations } from '${runtime}';

/**
 * Every operation of this domain, keyed by operationId (written grouped by resource, then action).
 * Rows are \`OperationRow\`s: \`[method, path, queryParams, requestBody, successStatus, paginated,
 * idempotency, more]\`, defaults left off; \`defineOperations\` expands them into
 * \`OperationDescriptor\`s (without \`scopes\`: see each method's JSDoc).
 */
export const operationTable = /* @__PURE__ */ defineOperations({
${body.join('\n')}
});

/** The operationIds of this domain. */
export type OperationId = keyof typeof operationTable;
`);
}
