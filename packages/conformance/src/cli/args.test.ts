import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args.js';

const base = ['--base-url', 'http://127.0.0.1:8080/v1', '--client-id', 'a', '--client-secret', 's'];

describe('parseCliArgs', () => {
  it.each([
    [[], /--base-url, --client-id and --client-secret are required/],
    [[...base, '--level', '4'], /--level must be 1, 2 or 3/],
    [[...base, '--domains', 'jobs,payroll'], /Unknown domain\(s\) payroll/],
  ])('refuses %j with a message that says what to do', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('reads every option, pairing each id with its secret', () => {
    const parsed = parseCliArgs([
      ...base,
      '--second-client-id',
      'b',
      '--second-client-secret',
      't',
      '--reviewer-client-id',
      'r',
      '--insurer-client-id',
      'i',
      '--insurer-client-secret',
      'j',
      '--level',
      '2',
      '--domains',
      'jobs,settlement',
      '--junit',
      'out.xml',
    ]);
    expect(parsed).toEqual({
      options: {
        baseUrl: 'http://127.0.0.1:8080/v1',
        credentials: { clientId: 'a', clientSecret: 's' },
        second: { clientId: 'b', clientSecret: 't' },
        insurer: { clientId: 'i', clientSecret: 'j' },
        level: 2,
        domains: ['jobs', 'settlement'],
      },
      files: { report: undefined, junit: 'out.xml', html: undefined },
    });
  });

  it('answers help', () => {
    expect(parseCliArgs(['--help'])).toBe('help');
  });
});
