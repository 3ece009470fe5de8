import { parseArgs } from 'node:util';
import type { ConformanceOptions } from '../context.js';
import type { Domain, Level } from '../types.js';

const DOMAINS: Domain[] = ['jobs', 'settlement', 'insurance', 'credit', 'reporting'];

export const USAGE = `Usage: gigmarket-conformance --base-url URL --client-id ID --client-secret SECRET [options]

Certifies a Gig Market Standard implementation over HTTP.

  --base-url URL               the API root with the version, e.g. https://gig.example.gov.cn/v1
  --client-id, --client-secret a platform client with every domain's read and write scopes
  --second-client-id, --second-client-secret
                               a platform client of another tenant (L3 tenant isolation; skipped without)
  --reviewer-client-id, --reviewer-client-secret
                               a market-operator or regulator client with the admin scope, for the
                               review actions of the L2 walks (employers.approve, jobs.approve)
  --insurer-client-id, --insurer-client-secret
                               an insurer client, for the L2 insurance walks (publishing a product,
                               deciding claims); those walks are skipped without it
  --level 1|2|3                highest level to check (default 3)
  --domains a,b                domains to check (default: those claimed in discovery)
  --report FILE                write the JSON report
  --junit FILE                 write JUnit XML
  --html FILE                  write an HTML report
  --webhook-host HOST          loopback address of the kit's webhook receiver (default 127.0.0.1)
  --help                       show this text

Exit code: 0 when every MUST check passed, 1 when one failed, 2 on a usage error.`;

/** What the CLI was asked to do: run options plus the report files. */
export interface CliArgs {
  options: ConformanceOptions;
  files: { report?: string; junit?: string; html?: string };
}

const pair = (id?: string, secret?: string) =>
  id && secret ? { clientId: id, clientSecret: secret } : undefined;

/** Parses argv; throws an Error whose message is shown above the usage text. */
export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      'base-url': { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'second-client-id': { type: 'string' },
      'second-client-secret': { type: 'string' },
      'reviewer-client-id': { type: 'string' },
      'reviewer-client-secret': { type: 'string' },
      'insurer-client-id': { type: 'string' },
      'insurer-client-secret': { type: 'string' },
      level: { type: 'string', default: '3' },
      domains: { type: 'string' },
      report: { type: 'string' },
      junit: { type: 'string' },
      html: { type: 'string' },
      'webhook-host': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (v.help) return 'help';
  const credentials = pair(v['client-id'], v['client-secret']);
  if (!v['base-url'] || !credentials)
    throw new Error('--base-url, --client-id and --client-secret are required.');
  const level = Number(v.level);
  if (![1, 2, 3].includes(level)) throw new Error(`--level must be 1, 2 or 3, not ${v.level}.`);
  const domains = v.domains?.split(',').map((d) => d.trim()) as Domain[] | undefined;
  const unknown = domains?.filter((d) => !DOMAINS.includes(d)) ?? [];
  if (unknown.length > 0)
    throw new Error(`Unknown domain(s) ${unknown.join(', ')}; use ${DOMAINS.join(', ')}.`);
  const second = pair(v['second-client-id'], v['second-client-secret']);
  const reviewer = pair(v['reviewer-client-id'], v['reviewer-client-secret']);
  const insurer = pair(v['insurer-client-id'], v['insurer-client-secret']);
  return {
    options: {
      baseUrl: v['base-url'],
      credentials,
      level: level as Level,
      ...(second ? { second } : {}),
      ...(reviewer ? { reviewer } : {}),
      ...(insurer ? { insurer } : {}),
      ...(domains ? { domains } : {}),
      ...(v['webhook-host'] ? { webhookHost: v['webhook-host'] } : {}),
    },
    files: { report: v.report, junit: v.junit, html: v.html },
  };
}
