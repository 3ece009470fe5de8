import { isResidentIdNumber, isUnifiedSocialCreditCode } from '@gigmarket/identifiers';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FORMATS, STANDARD_FORMATS, specAjv } from './ajv.js';
import { sources } from './sources.js';
import { type Json, type JsonObject, loadSpec, walk } from './spec.js';

const spec = loadSpec();
const ajv = specAjv(spec);

interface ExampleCase {
  /** Where the example is. */
  pointer: string;
  /** Pointer of the schema it must satisfy. */
  schemaPointer: string;
  value: Json;
}

/** Every example in the document, paired with the schema it illustrates. */
function collectExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  walk(spec, (node, pointer) => {
    const isSchemaExample =
      'example' in node &&
      (pointer.includes('/schemas/') ||
        pointer.endsWith('/schema') ||
        /\/(properties|items|allOf|oneOf|anyOf)\b/.test(pointer));
    if ('schema' in node && 'example' in node) {
      cases.push({
        pointer: `${pointer}/example`,
        schemaPointer: `${pointer}/schema`,
        value: node.example as Json,
      });
    } else if (isSchemaExample) {
      cases.push({ pointer: `${pointer}/example`, schemaPointer: pointer, value: node.example as Json });
    }
    if (
      'schema' in node &&
      node.examples &&
      typeof node.examples === 'object' &&
      !Array.isArray(node.examples)
    ) {
      for (const [name, ex] of Object.entries(node.examples as JsonObject)) {
        const value = (ex as JsonObject).value;
        if (value !== undefined)
          cases.push({ pointer: `${pointer}/examples/${name}`, schemaPointer: `${pointer}/schema`, value });
      }
    }
  });
  return cases;
}

const cases = collectExamples();

describe('every example in the spec', () => {
  it('there are examples to check', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.pointer, c] as const))('%s satisfies its schema', (_, c) => {
    const validate = ajv.compile({ $ref: `spec#${c.schemaPointer}` });
    const ok = validate(c.value);
    expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message}`)).toEqual([]);
  });

  it('uses `example:`, never a JSON Schema `examples: [...]` array on schemas', () => {
    const arrays: string[] = [];
    walk(spec, (node, pointer) => {
      if (Array.isArray(node.examples)) arrays.push(pointer);
    });
    expect(arrays).toEqual([]);
  });
});

describe('identifiers inside examples', () => {
  /** Every string in an example with its location. */
  const strings: Array<[string, string]> = [];
  for (const c of cases) {
    walk({ v: c.value } as JsonObject, (node, p) => {
      for (const [k, v] of Object.entries(node))
        if (typeof v === 'string') strings.push([`${c.pointer}${p}/${k}`, v]);
    });
    if (typeof c.value === 'string') strings.push([c.pointer, c.value]);
  }

  it('every 18-character national identifier passes its GB 11643 or GB 32100 checksum', () => {
    const bad = strings.filter(([, v]) => {
      const tokens =
        v.match(/(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g) ?? [];
      return tokens.some((t) => !isResidentIdNumber(t) && !isUnifiedSocialCreditCode(t));
    });
    expect(bad).toEqual([]);
  });

  it('every object ID is a known prefix + a 26-character Crockford ULID', () => {
    // Request ids (`req_…`) share the shape of object IDs but name requests, not objects.
    const prefixes = new Set<string>(['req']);
    for (const { doc } of sources('components/schemas/common')) {
      const pattern = (doc as JsonObject).pattern;
      const p =
        typeof pattern === 'string'
          ? /^\^\(?([a-z|]{2,})\)?_\[0-9A-HJKMNP-TV-Z\]\{26\}\$$/.exec(pattern)
          : null;
      if (p?.[1]) for (const prefix of p[1].split('|')) prefixes.add(prefix);
    }
    const bad = strings.filter(([, v]) => {
      const m = /^([a-z]{2,4})_([0-9A-Za-z]+)$/.exec(v);
      return m && (!prefixes.has(m[1] as string) || !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(m[2] as string));
    });
    expect(bad).toEqual([]);
  });
});

describe('formats', () => {
  it('only uses formats that validators know, so none is silently ignored', () => {
    const known = new Set([...Object.keys(STANDARD_FORMATS), ...JSON_SCHEMA_FORMATS]);
    const unknown: string[] = [];
    walk(spec, (node, pointer) => {
      if (typeof node.format === 'string' && !known.has(node.format) && 'type' in node)
        unknown.push(`${pointer}: ${node.format}`);
    });
    expect(unknown).toEqual([]);
  });
});
