import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRuleFile } from './rules-file.js';

const dir = mkdtempSync(join(tmpdir(), 'gigmarket-rules-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readRuleFile', () => {
  it('reads a source and values the engine accepts', () => {
    const path = file(
      'ok.json',
      JSON.stringify({ source: '杭州市人社局 2025 通知（示例）', values: { escrowAutoReleaseHours: 48 } }),
    );
    expect(readRuleFile(path, '330110')).toEqual({
      source: '杭州市人社局 2025 通知（示例）',
      values: { escrowAutoReleaseHours: 48 },
    });
  });

  it('refuses a file that is not JSON, naming the file', () => {
    expect(() => readRuleFile(file('bad.json', '{ nope'), '330110')).toThrow(
      /--rules .*bad\.json: cannot read it as JSON/,
    );
    expect(() => readRuleFile(join(dir, 'missing.json'), '330110')).toThrow(/cannot read it as JSON/);
  });

  it('lists every defect: no source, an unknown rule, a value of the wrong kind', () => {
    const path = file(
      'defects.json',
      JSON.stringify({ values: { escrowAutoReleaseHour: 48, mediationDays: 'ten' } }),
    );
    const message = (() => {
      try {
        readRuleFile(path, '330110');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/"source" must name/);
    expect(message).toMatch(/escrowAutoReleaseHour/);
    expect(message).toMatch(/mediationDays/);
  });

  it('refuses values that are not an object', () => {
    expect(() =>
      readRuleFile(file('array.json', JSON.stringify({ source: 's', values: [1] })), '330110'),
    ).toThrow(/"values" must be an object/);
  });
});
