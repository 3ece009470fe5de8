import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { domainOf, sources, specRoot } from './sources.js';
import { type JsonObject, loadSpec, operations, walk } from './spec.js';

const DOMAINS = ['common', 'jobs', 'settlement', 'insurance', 'credit', 'reporting'];
const spec = loadSpec();
const ops = operations(spec);

describe('the layout of the spec', () => {
  it('parses every source file as strict YAML 1.2 (descriptions with ": " need a block scalar)', () => {
    const errors: string[] = [];
    for (const folder of ['components', 'paths', 'webhooks']) {
      for (const file of readdirSync(join(specRoot, folder), { recursive: true }) as string[]) {
        if (!file.endsWith('.yaml')) continue;
        const doc = parseDocument(readFileSync(join(specRoot, folder, file), 'utf8'));
        if (doc.errors.length) errors.push(`${folder}/${file}: ${doc.errors[0]?.message.split('\n')[0]}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('keeps the root paths and webhooks in sync with the files (scripts/sync-root.mjs)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/sync-root.mjs', '--check'], { cwd: specRoot, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('puts schemas, paths and webhooks only in domain folders', () => {
    const misplaced = [...sources('components/schemas'), ...sources('paths'), ...sources('webhooks')]
      .map((s) => s.file)
      .filter((f) => !DOMAINS.includes(domainOf(f) ?? ''));
    expect(misplaced).toEqual([]);
  });

  it('names every schema uniquely across domains (the bundle and the SDK types use bare names)', () => {
    const names = sources('components/schemas').map((s) => s.file.split('/').pop() as string);
    const dupes = sources('components/schemas')
      .map((s) => s.file)
      .filter((f) => names.filter((n) => n === f.split('/').pop()).length > 1);
    expect(dupes).toEqual([]);
  });

  it('gives no required property a default (a default only means something for a field that may be left out)', () => {
    const contradictions: string[] = [];
    for (const s of [...sources('components/schemas'), ...sources('paths'), ...sources('webhooks')]) {
      walk(s.doc, (node, pointer) => {
        const required = Array.isArray(node.required) ? (node.required as string[]) : [];
        for (const [name, prop] of Object.entries((node.properties as JsonObject) ?? {})) {
          if (required.includes(name) && prop && typeof prop === 'object' && 'default' in prop) {
            contradictions.push(`${s.file}#${pointer}/properties/${name}`);
          }
        }
      });
    }
    expect(contradictions).toEqual([]);
  });

  it('lets a domain schema reference only its own domain and common (each domain is its own SDK package)', () => {
    const crossings = sources('components/schemas').flatMap((s) => {
      const own = domainOf(s.file);
      return s.refs.filter((r) => ![own, 'common'].includes(domainOf(r))).map((r) => `${s.file} → ${r}`);
    });
    expect(crossings).toEqual([]);
  });

  it('tags every operation in a path file with the domain of its folder', () => {
    const wrong = [...sources('paths'), ...sources('webhooks')].flatMap((s) =>
      Object.values(s.doc as JsonObject)
        .filter((op): op is JsonObject => typeof op === 'object' && op !== null && 'operationId' in op)
        .filter((op) => JSON.stringify(op.tags) !== JSON.stringify([domainOf(s.file)]))
        .map((op) => `${s.file}: ${op.operationId} tagged ${JSON.stringify(op.tags)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('uses every schema file somewhere (no orphans)', () => {
    const all = [...sources('components'), ...sources('paths'), ...sources('webhooks')];
    const referenced = new Set(all.flatMap((s) => s.refs));
    const orphans = sources('components/schemas')
      .filter((s) => !(s.doc as JsonObject)['x-standalone'])
      .map((s) => s.file)
      .filter((f) => !referenced.has(f));
    expect(orphans).toEqual([]);
  });
});

describe('operations', () => {
  it('have unique operationIds', () => {
    const ids = ops.map((o) => o.op.operationId as string);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('cover every domain', () => {
    const tags = new Set(ops.map((o) => (o.op.tags as string[])[0]));
    expect([...tags].sort()).toEqual([...DOMAINS].sort());
  });

  it('require Idempotency-Key on money-moving and insurance-binding POSTs', () => {
    const moneyVerbs = /\.(fund|release|refund|bind|pay)$|^escrows\.create$/;
    const optional = ops
      .filter((o) => o.method === 'post' && moneyVerbs.test(o.op.operationId as string))
      .filter((o) => {
        const params = [
          ...((((spec.paths as JsonObject)[o.path] as JsonObject).parameters as JsonObject[]) ?? []),
          ...((o.op.parameters as JsonObject[]) ?? []),
        ];
        return !params.some((p) => p.$ref === '#/components/parameters/IdempotencyKeyRequired');
      })
      .map((o) => o.op.operationId);
    expect(optional).toEqual([]);
  });
});
