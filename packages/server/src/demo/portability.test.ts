import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('test'));

/** What a browser lacks, and what would make the seed differ from run to run. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/from 'node:|require\(/, 'a Node module'],
  [/\bprocess\.|\bBuffer\b|__dirname/, 'a Node global'],
  [/Math\.random|crypto\.|randomUUID|Date\.now\(\)/, 'randomness or wall-clock time'],
];

describe('the demo seed source', () => {
  it.each(sources)('%s runs in a browser and is deterministic', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const [pattern, what] of FORBIDDEN) expect(pattern.test(text), `${file} uses ${what}`).toBe(false);
  });
});
