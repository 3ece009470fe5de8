import { describe, expect, it } from 'vitest';
import { readmeExample } from './readme.js';

const fence = '```';

describe('readmeExample', () => {
  it('returns the ts block after the marker naming the file', () => {
    const readme = `# x\n\n${fence}ts\nother();\n${fence}\n\n<!-- example: examples/a.ts -->\n${fence}ts\nconst a = 1;\n${fence}\n`;
    expect(readmeExample(readme, 'examples/a.ts')).toBe('const a = 1;\n');
  });

  it('says what is missing when there is no marker or no block', () => {
    expect(() => readmeExample('# x', 'examples/a.ts')).toThrow(/<!-- example: examples\/a.ts -->/);
    expect(() => readmeExample('<!-- example: examples/a.ts -->\ntext', 'examples/a.ts')).toThrow(
      /No ```ts code block/,
    );
  });
});
