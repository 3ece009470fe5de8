// Usage: gigmarket-codegen <domain> [outDir=src/generated] [runtime=@gigmarket/core]. Run by each SDK
// package's `generate` task; @gigmarket/core passes its own runtime module for the `common` domain.
import { resolve } from 'node:path';
import { generateDomain } from './generate.js';
import { DOMAINS, type Domain, loadBundledSpec } from './spec.js';

const [domain, outDir = 'src/generated', runtime = '@gigmarket/core'] = process.argv.slice(2);
if (!DOMAINS.includes(domain as Domain)) {
  console.error(`usage: gigmarket-codegen <${DOMAINS.join('|')}> [outDir]`);
  process.exit(2);
}
const files = await generateDomain(loadBundledSpec(), domain as Domain, resolve(outDir), runtime);
console.log(`generated ${domain}: ${files.join(', ')} → ${outDir}`);
