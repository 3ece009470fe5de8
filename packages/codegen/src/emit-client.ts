import type { OperationInfo } from './descriptors.js';
import { withHeader } from './header.js';

const op = (id: string) => `operations[${JSON.stringify(id)}]`;

/** The JSDoc of a method: the spec's summary and description, and where it lives in the spec. */
function jsdoc(info: OperationInfo, indent: string): string {
  const { descriptor: d } = info;
  const lines = [info.summary, '', ...info.description.trim().split('\n'), ''];
  lines.push(
    `\`${d.method} ${d.path}\` (operationId \`${d.id}\`; scopes: ${d.scopes.join(', ') || 'none'}).`,
  );
  if (d.idempotency === 'required')
    lines.push('An Idempotency-Key is required; the client generates one unless you pass `idempotencyKey`.');
  if (info.deprecated) lines.push('@deprecated See the description for the replacement.');
  const safe = lines.map((l) => l.replaceAll('*/', '*\\/'));
  return `${indent}/**\n${safe.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */`;
}

/** The TypeScript signature of one client method. */
function signature(info: OperationInfo): string {
  const { descriptor: d } = info;
  const args = d.pathParams.map((p) => `${p}: string`);
  const result = info.responseMediaType
    ? `${op(d.id)}['responses'][${d.successStatus}]['content'][${JSON.stringify(info.responseMediaType)}]`
    : 'void';
  if (d.requestBody) {
    const body = `NonNullable<${op(d.id)}['requestBody']>['content'][${JSON.stringify(d.requestBody.contentType)}]`;
    args.push(`body${d.requestBody.required ? '' : '?'}: ${body}`);
  } else if (d.queryParams.length) {
    args.push(`query${info.hasRequiredQuery ? '' : '?'}: NonNullable<${op(d.id)}['parameters']['query']>`);
  }
  args.push('options?: CallOptions');
  const returns = d.paginated ? `Paginator<${result}['data'][number], ${result}>` : `Promise<${result}>`;
  return `(${args.join(', ')}): ${returns}`;
}

/**
 * `client.ts`: the typed client interface (one method per operation, grouped by resource, with the
 * spec's descriptions as JSDoc) and its factory, which binds the route table at run time.
 */
export function emitClient(
  ops: OperationInfo[],
  names: { interface: string; factory: string; title: string },
  runtime: string,
): string {
  const groups = new Map<string, OperationInfo[]>();
  for (const info of ops) {
    const [resource] = info.descriptor.id.split('.') as [string];
    groups.set(resource, [...(groups.get(resource) ?? []), info]);
  }
  const members = [...groups.entries()].map(([resource, infos]) => {
    const methods = infos.map(
      (i) => `${jsdoc(i, '    ')}\n    ${i.descriptor.id.split('.')[1]}${signature(i)};`,
    );
    return `  ${resource}: {\n${methods.join('\n')}\n  };`;
  });
  return withHeader(`import { bindOperations, type CallOptions, type ClientOptions, createTransport, isTransport, type Paginator, type Transport } from '${runtime}';
import { operationTable } from './operations.js';
import type { operations } from './types.js';

/** ${names.title}: one method per operation of the standard, grouped by resource. */
export interface ${names.interface} {
${members.join('\n')}
}

/**
 * Creates the ${names.title.toLowerCase()} client. Pass client options, or a transport to share one
 * connection, token cache and retry policy with other domain clients.
 */
export function ${names.factory}(options: ClientOptions | Transport): ${names.interface} {
  return bindOperations(operationTable, isTransport(options) ? options : createTransport(options)) as unknown as ${names.interface};
}
`);
}
