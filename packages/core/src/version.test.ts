import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SDK_VERSION, STANDARD_VERSION } from './version.js';

describe('versions', () => {
  it('SDK_VERSION is the version in package.json (substituted at build time)', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(SDK_VERSION).toBe(version);
  });

  it('STANDARD_VERSION is the info.version of the spec', () => {
    const spec = readFileSync(new URL('../../../openapi/openapi.yaml', import.meta.url), 'utf8');
    expect(spec).toMatch(
      new RegExp(`^info:\\n(?:  .*\\n)*?  version: ${STANDARD_VERSION.replaceAll('.', '\\.')}\\n`, 'm'),
    );
  });
});
