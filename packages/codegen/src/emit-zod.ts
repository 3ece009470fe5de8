import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { withHeader } from './header.js';
import type { Doc } from './spec.js';

/** The largest integer a JavaScript number holds exactly (2^53 − 1). */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * hey-api turns every `format: int64` into `bigint`, while openapi-typescript (and JSON.parse) give
 * `number`. The standard bounds its int64 amounts well inside 2^53 (`AmountFen.maximum`), so for
 * JavaScript they are numbers: drop the format where both bounds are safe. Other languages still see
 * int64 in the spec itself.
 */
export function safeInt64AsNumber(doc: Doc): Doc {
  const copy = structuredClone(doc);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const schema = node as Doc;
      if (
        schema.format === 'int64' &&
        Math.abs(schema.maximum ?? Infinity) <= MAX_SAFE &&
        Math.abs(schema.minimum ?? -Infinity) <= MAX_SAFE
      ) {
        delete schema.format;
      }
      Object.values(schema).forEach(visit);
    }
  };
  visit(copy);
  return copy;
}

/**
 * `schemas.ts`: zod v4 schemas by @hey-api/openapi-ts's zod plugin, fed the bundled (single-file)
 * domain document as TOOLCHAIN.md advises. Returns the source and the names it exports.
 */
export async function emitZod(doc: Doc): Promise<{ source: string; exported: Set<string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'gigmarket-zod-'));
  try {
    const input = join(dir, 'openapi.json');
    writeFileSync(input, JSON.stringify(safeInt64AsNumber(doc)));
    await createClient({
      input,
      output: { path: join(dir, 'out'), importFileExtension: '.js' },
      // The standard's instants carry offsets (+08:00), so date-times must accept them (docs/conventions.md §3).
      plugins: [{ name: 'zod', metadata: false, dates: { offset: true } }],
      logs: { level: 'silent', file: false },
    } as never);
    const source = readFileSync(join(dir, 'out', 'zod.gen.ts'), 'utf8');
    const exported = new Set([...source.matchAll(/^export const (\w+)/gm)].map((m) => m[1] as string));
    return { source: withHeader(source), exported };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `schemas.test-d.ts`: proves at compile time that each zod schema's input type (the JSON on the
 * wire, before defaults are applied) is the type openapi-typescript produces for that schema.
 */
export function emitZodTypeTest(names: string[], exported: Set<string>): string {
  const checked = names.filter((n) => exported.has(`z${n}`));
  const rows = checked.map(
    (n) =>
      `  it('${n}', () => {\n    expectTypeOf<Same<z.input<typeof s.z${n}>, components['schemas'][${JSON.stringify(n)}]>>().toEqualTypeOf<true>();\n  });`,
  );
  return withHeader(`import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as s from './schemas.js';
import type { components } from './types.js';

/**
 * Mutual assignability: each type accepts every value of the other. (\`{ id } & { [k]: unknown }\`
 * from zod and \`{ id; [k]: unknown }\` from openapi-typescript are the same set of values.)
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('zod schemas accept exactly the openapi-typescript types (the JSON on the wire)', () => {
${rows.join('\n')}
});
`);
}
