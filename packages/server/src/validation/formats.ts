import {
  isOccupationCode,
  isRegionCode,
  occupationCodeProblem,
  regionCodeProblem,
  residentIdProblem,
  usccProblem,
} from '@gigmarket/identifiers';
import type { FieldError } from '../http/problem.js';
import { deref, type SpecDoc } from '../spec/load.js';

const CHECKS: Record<string, { problem: (v: string) => string | null; code: string }> = {
  'cn-resident-id': { problem: residentIdProblem, code: 'checksum_mismatch' },
  'cn-uscc': { problem: usccProblem, code: 'checksum_mismatch' },
  'cn-region-code': {
    problem: (v) => (isRegionCode(v) ? null : regionCodeProblem(v)),
    code: 'invalid_format',
  },
  'cn-occupation-code': {
    problem: (v) => (isOccupationCode(v) ? null : occupationCodeProblem(v)),
    code: 'invalid_format',
  },
};

/**
 * Checks the standard's national-identifier formats (GB 11643, GB 32100, GB/T 2260, 大典 codes)
 * wherever the spec's schema for `value` declares them; zod checks shapes, this checks checksums.
 */
export function formatErrors(spec: SpecDoc, schemaNode: unknown, value: unknown, pointer = ''): FieldError[] {
  const schema = deref(spec, schemaNode);
  if (!schema || typeof schema !== 'object' || value === undefined || value === null) return [];
  const errors: FieldError[] = [];
  const check = CHECKS[schema.format as string];
  if (check && typeof value === 'string') {
    const problem = check.problem(value);
    if (problem) errors.push({ pointer: pointer || '/', detail: problem, code: check.code });
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const sub of schema[key] ?? []) errors.push(...formatErrors(spec, sub, value, pointer));
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries())
      errors.push(...formatErrors(spec, schema.items, item, `${pointer}/${i}`));
  } else if (typeof value === 'object' && !Array.isArray(value) && schema.properties) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      errors.push(...formatErrors(spec, sub, (value as Record<string, unknown>)[name], `${pointer}/${name}`));
    }
  }
  // The same identifier reached through several subschemas is reported once.
  return errors.filter(
    (e, i) => errors.findIndex((x) => x.pointer === e.pointer && x.detail === e.detail) === i,
  );
}
