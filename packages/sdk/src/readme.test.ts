import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readmeExample } from '@gigmarket/spec-examples';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const mockReadme = () =>
  readFileSync(
    join(dirname(createRequire(import.meta.url).resolve('@gigmarket/mock/package.json')), 'README.md'),
    'utf8',
  );

describe('README', () => {
  it('embeds examples/quickstart.ts verbatim (the file is type-checked with the package)', () => {
    expect(readmeExample(read('README.md'), 'examples/quickstart.ts')).toBe(read('examples/quickstart.ts'));
  });

  // The mock cannot depend on the SDK (the SDK's tests depend on the mock), so the partner test of
  // @gigmarket/mock's README lives and runs here.
  it("embeds examples/mock-partner.test.ts verbatim in @gigmarket/mock's README", () => {
    expect(readmeExample(mockReadme(), '../sdk/examples/mock-partner.test.ts')).toBe(
      read('examples/mock-partner.test.ts'),
    );
  });
});
