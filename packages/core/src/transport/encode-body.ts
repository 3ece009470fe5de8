import type { OperationDescriptor } from '../operation.js';

/**
 * Encodes a request body for the descriptor's media type: JSON and JSON Merge Patch are stringified,
 * form bodies become `a=1&b=2` (arrays repeat the field, `undefined` is left out). Returns `undefined`
 * when there is no body; throws when a required body is missing or the operation takes none.
 *
 * @example
 * ```ts
 * encodeBody(createJobDescriptor, { title: '搬运工' }); // { body: '{"title":"搬运工"}', contentType: 'application/json' }
 * ```
 */
export function encodeBody(
  descriptor: Pick<OperationDescriptor, 'id' | 'requestBody'>,
  body: unknown,
): { body: string; contentType: string } | undefined {
  const spec = descriptor.requestBody;
  if (body === undefined) {
    if (spec?.required) {
      throw new TypeError(`${descriptor.id} needs a request body (${spec.contentType}).`);
    }
    return undefined;
  }
  if (!spec) throw new TypeError(`${descriptor.id} takes no request body, but one was passed.`);
  if (spec.contentType !== 'application/x-www-form-urlencoded') {
    return { body: JSON.stringify(body), contentType: spec.contentType };
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, String(item));
  }
  return { body: form.toString(), contentType: spec.contentType };
}
