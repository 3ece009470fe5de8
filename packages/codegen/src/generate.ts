import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeOperations } from './descriptors.js';
import { emitClient } from './emit-client.js';
import { emitOperations } from './emit-operations.js';
import { emitModels, emitTypes } from './emit-types.js';
import { emitValidation } from './emit-validation.js';
import { emitZod, emitZodTypeTest } from './emit-zod.js';
import { GENERATED_HEADER } from './header.js';
import { type Doc, type Domain, schemaDomains } from './spec.js';
import { domainDocument } from './split.js';

const TITLES: Record<Domain, string> = {
  common: 'Common',
  jobs: 'Jobs',
  settlement: 'Settlement',
  insurance: 'Insurance',
  credit: 'Credit',
  reporting: 'Reporting',
};

/** Writes `outDir/*.ts` for one domain of the bundled spec. Deterministic: same spec, same bytes. */
export async function generateDomain(
  spec: Doc,
  domain: Domain,
  outDir: string,
  runtime = '@gigmarket/core',
): Promise<string[]> {
  const doc = domainDocument(spec, domain);
  const ops = describeOperations(doc);
  const owned = [...schemaDomains()]
    .filter(([name, d]) => d === domain && doc.components.schemas?.[name])
    .map(([n]) => n)
    .sort();
  const zod = await emitZod(doc);
  const title = TITLES[domain];
  const files: Record<string, string> = {
    'types.ts': await emitTypes(doc),
    'models.ts': emitModels(owned),
    'schemas.ts': zod.source,
    'schemas.test-d.ts': emitZodTypeTest(owned, zod.exported),
    'operations.ts': emitOperations(ops, runtime),
    'validation.ts': emitValidation(ops, zod.exported, runtime),
    'client.ts': emitClient(
      ops,
      { interface: `${title}Client`, factory: `create${title}Client`, title: `${title} API` },
      runtime,
    ),
    'README.md': `# Generated code: do not edit\n\n${GENERATED_HEADER.replace(/^\/\*\*|\*\/$|^ \* ?/gm, '').trim()}\n`,
  };
  mkdirSync(outDir, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(outDir, name), source);
  return Object.keys(files);
}
