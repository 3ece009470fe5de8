import type { FieldError } from '../http/problem.js';
import { deref, type SpecDoc } from '../spec/load.js';
import { formatErrors } from './formats.js';

type Schema = SpecDoc | boolean;
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (pointer: string) => pointer || '/';
const show = (v: unknown) => JSON.stringify(v);
const TYPES: Record<string, (v: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
};

/** "when `kind` is ORGANIZATION": what an `if` asks, for the field error's detail. */
function condition(spec: SpecDoc, ifSchema: Schema): string {
  const s = deref(spec, ifSchema);
  if (!isObject(s)) return 'in this case';
  const parts = Object.entries<SpecDoc>((s.properties ?? {}) as Record<string, SpecDoc>).map(
    ([name, sub]) => {
      const p = deref(spec, sub) ?? {};
      if ('const' in p) return `\`${name}\` is ${show(p.const)}`;
      if (Array.isArray(p.enum)) return `\`${name}\` is one of ${p.enum.map(show).join(', ')}`;
      return `\`${name}\` is given`;
    },
  );
  return parts.length ? `when ${parts.join(' and ')}` : 'in this case';
}

/**
 * Checks `value` against `schema`. `full` checks every keyword (inside a `then`/`else`, which the
 * generated zod does not see at all); otherwise only the keywords zod drops, so that nothing zod
 * already reported is reported twice.
 */
function check(
  spec: SpecDoc,
  node: Schema,
  value: unknown,
  pointer: string,
  full: boolean,
  why: string,
): FieldError[] {
  let s = node;
  while (isObject(s) && typeof s.$ref === 'string') s = deref(spec, s);
  if (s === true || s === undefined || value === undefined) return [];
  if (s === false)
    return [{ pointer: at(pointer), detail: `not allowed ${why}`.trim(), code: 'not_allowed' }];
  const errors: FieldError[] = [];
  const push = (detail: string, code: string, p = pointer) =>
    errors.push({ pointer: at(p), detail: `${detail} ${why}`.trim(), code });
  if (full) {
    const types = [s.type ?? []].flat() as string[];
    if (types.length && !types.some((t) => TYPES[t]?.(value)))
      push(`must be ${types.join(' or ')}`, 'invalid_type');
    if ('const' in s && show(s.const) !== show(value)) push(`must be ${show(s.const)}`, 'invalid_value');
    if (Array.isArray(s.enum) && !s.enum.some((e: unknown) => show(e) === show(value)))
      push(`must be one of ${s.enum.map(show).join(', ')}`, 'invalid_value');
    if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum) push(`must be at least ${s.minimum}`, 'too_small');
      if (s.maximum !== undefined && value > s.maximum) push(`must be at most ${s.maximum}`, 'too_big');
    }
    // National identifiers inside a branch (a resident ID unless PASSPORT) get their checksums too.
    if (typeof s.format === 'string')
      errors.push(...formatErrors(spec, { format: s.format }, value, pointer));
    if (typeof value === 'string') {
      if (s.minLength !== undefined && [...value].length < s.minLength)
        push(`must have at least ${s.minLength} characters`, 'too_small');
      if (s.maxLength !== undefined && [...value].length > s.maxLength)
        push(`must have at most ${s.maxLength} characters`, 'too_big');
      if (s.pattern !== undefined && !new RegExp(s.pattern).test(value))
        push(`must match ${s.pattern}`, 'invalid_format');
    }
    if (isObject(value))
      for (const name of s.required ?? [])
        if (value[name] === undefined) push('required', 'required', `${pointer}/${name}`);
  }
  if (isObject(value)) {
    const count = Object.keys(value).length;
    if (s.minProperties !== undefined && count < s.minProperties)
      push(`send at least ${s.minProperties} field${s.minProperties === 1 ? '' : 's'}`, 'too_small');
    if (s.maxProperties !== undefined && count > s.maxProperties)
      push(`send at most ${s.maxProperties} field${s.maxProperties === 1 ? '' : 's'}`, 'too_big');
    for (const [name, needs] of Object.entries<string[]>(s.dependentRequired ?? {}))
      if (value[name] !== undefined)
        for (const other of needs)
          if (value[other] === undefined)
            push(`required when \`${name}\` is given`, 'required', `${pointer}/${other}`);
    for (const [name, sub] of Object.entries<Schema>(s.properties ?? {}))
      errors.push(...check(spec, sub, value[name], `${pointer}/${name}`, full, why));
  }
  if (Array.isArray(value) && s.items !== undefined)
    for (const [i, item] of value.entries())
      errors.push(...check(spec, s.items, item, `${pointer}/${i}`, full, why));
  for (const sub of s.allOf ?? []) errors.push(...check(spec, sub, value, pointer, full, why));
  if (s.if !== undefined) {
    const holds = check(spec, s.if, value, pointer, true, '').length === 0;
    const branch = holds ? s.then : s.else;
    const reason = holds ? condition(spec, s.if) : `unless ${condition(spec, s.if).replace(/^when /, '')}`;
    if (branch !== undefined) errors.push(...check(spec, branch, value, pointer, true, reason));
  }
  return errors;
}

/**
 * The JSON Schema rules of a request body that the generated zod schemas drop (hey-api turns an
 * `allOf` of `if`/`then` into `z.unknown()` and ignores `minProperties`, `maxProperties` and
 * `dependentRequired`): conditional requirements such as "an `ORGANIZATION` needs `uscc`" and "a
 * merge patch changes at least one field". Checked centrally from the bundled spec, so that the
 * domains need no copies and the generated code stays untouched. `oneOf`/`anyOf` are left to zod.
 */
export function schemaRuleErrors(spec: SpecDoc, schema: unknown, value: unknown): FieldError[] {
  const errors = check(spec, schema as Schema, value, '', false, '');
  return errors.filter((e, i) => errors.findIndex((x) => x.pointer === e.pointer && x.code === e.code) === i);
}
