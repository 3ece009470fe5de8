// Fills every `<!-- state-machine: XStatus -->…<!-- /state-machine -->` block in docs/ with a
// mermaid diagram drawn from the `x-state-machine` of that status schema, so the docs can never
// disagree with the spec. `--check` exits 1 when a block is stale or names an unknown machine.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const specRoot = fileURLToPath(new URL('..', import.meta.url));
const docsRoot = join(specRoot, '..', 'docs');

/** Every status schema with a state machine, by schema name. */
export function stateMachines() {
  const machines = new Map();
  const dir = join(specRoot, 'components', 'schemas');
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!file.endsWith('.yaml')) continue;
    const schema = parse(readFileSync(join(dir, file), 'utf8'));
    if (schema?.['x-state-machine'])
      machines.set(basename(file, '.yaml'), { ...schema['x-state-machine'], states: schema.enum });
  }
  return machines;
}

const label = (text) => text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();

/** The mermaid `stateDiagram-v2` of one machine: actions by verb, timers and side effects in italics. */
export function mermaid(machine) {
  const lines = ['```mermaid', 'stateDiagram-v2'];
  for (const s of [machine.initial].flat()) lines.push(`  [*] --> ${s}`);
  for (const t of machine.transitions) {
    const via = t.action ? t.action.split('.')[1] : `(${label(t.trigger)})`;
    for (const from of t.from) lines.push(`  ${from} --> ${t.to}: ${via}`);
  }
  for (const s of machine.terminal ?? []) lines.push(`  ${s} --> [*]`);
  lines.push('```');
  return lines.join('\n');
}

function markdownFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

const BLOCK = /<!-- state-machine: (\w+) -->\n[\s\S]*?<!-- \/state-machine -->/g;

function render() {
  const machines = stateMachines();
  const problems = [];
  for (const file of markdownFiles(docsRoot)) {
    const current = readFileSync(file, 'utf8');
    const next = current.replace(BLOCK, (_, name) => {
      const machine = machines.get(name);
      if (!machine) {
        problems.push(`${file}: no schema ${name} with x-state-machine`);
        return _;
      }
      return `<!-- state-machine: ${name} -->\n${mermaid(machine)}\n<!-- /state-machine -->`;
    });
    if (next !== current) {
      if (process.argv.includes('--check'))
        problems.push(`${file}: diagrams are stale; run node openapi/scripts/render-state-machines.mjs`);
      else writeFileSync(file, next);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = render();
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}
