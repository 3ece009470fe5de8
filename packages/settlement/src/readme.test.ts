import { readFileSync } from 'node:fs';
import { readmeExample } from '@gigmarket/spec-examples';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

describe('README', () => {
  it('embeds examples/quickstart.ts verbatim (the file is type-checked with the package)', () => {
    expect(readmeExample(read('README.md'), 'examples/quickstart.ts')).toBe(read('examples/quickstart.ts'));
  });
});
