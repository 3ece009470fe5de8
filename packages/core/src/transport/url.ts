import type { OperationDescriptor } from '../operation.js';

/**
 * A value a path or query parameter can take. Dates are sent as RFC 3339 (`toISOString`).
 *
 * @example
 * ```ts
 * const updatedSince: ParameterValue = new Date('2026-07-01T00:00:00+08:00');
 * ```
 */
export type ParameterValue = string | number | boolean | Date;

const serialize = (value: ParameterValue) => (value instanceof Date ? value.toISOString() : String(value));

/**
 * Fills a descriptor's path template with percent-encoded values. Throws when one is missing, so an
 * `undefined` id never turns into a request for `/escrows/undefined`.
 *
 * @example
 * ```ts
 * expandPath(releaseDescriptor, { escrowId: 'esc_01J4…' }); // '/escrows/esc_01J4…/release'
 * ```
 */
export function expandPath(
  descriptor: Pick<OperationDescriptor, 'id' | 'path'>,
  pathParams: Readonly<Record<string, ParameterValue | undefined>> = {},
): string {
  return descriptor.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === '') {
      throw new TypeError(`${descriptor.id} needs the path parameter '${name}' (${descriptor.path}).`);
    }
    return encodeURIComponent(serialize(value));
  });
}

/**
 * Serializes query parameters the way OpenAPI's default (`style: form`, `explode: false`) reads them:
 * `?status=OPEN,PAUSED&limit=20`. Values are percent-encoded, the commas that join array items are not.
 * `undefined` and `null` are left out; an empty array is left out. Returns `''` or a string starting with `?`.
 *
 * @example
 * ```ts
 * buildQueryString({ status: ['OPEN', 'PAUSED'], limit: 20, cursor: undefined }); // '?status=OPEN,PAUSED&limit=20'
 * ```
 */
export function buildQueryString(
  query: Readonly<Record<string, ParameterValue | readonly ParameterValue[] | null | undefined>> = {},
): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? (value as readonly ParameterValue[]) : [value as ParameterValue];
    if (items.length === 0) continue;
    pairs.push(
      `${encodeURIComponent(name)}=${items.map((item) => encodeURIComponent(serialize(item))).join(',')}`,
    );
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}
