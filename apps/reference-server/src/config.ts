import { parseArgs } from 'node:util';

/** Everything the reference server can be told, from flags or the environment (flags win). */
export interface ReferenceServerConfig {
  port: number;
  host: string;
  /** PostgreSQL at scale; when unset, PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Token-signing secret; when unset, one is generated and kept in the database. */
  tokenSecret: string | undefined;
  sandbox: boolean;
  seed: boolean;
  region: string;
  rateLimitPerMinute: number;
  /** Seconds between background rounds (sweeps and webhook delivery). */
  workerIntervalSeconds: number;
  logLevel: string;
  /** A JSON rule file of the city's overrides (`{ source, values }`); unset: the standard's defaults. */
  rulesFile: string | undefined;
}

export const HELP = `gigmarket-reference-server: the Gig Market Standard's reference server

Usage: pnpm start [-- options]

Options (environment variable in brackets):
  --port <n>             port to listen on [PORT] (default 8080)
  --host <addr>          address to bind [HOST] (default 127.0.0.1)
  --database-url <url>   PostgreSQL connection string [DATABASE_URL]; without it, PGlite is used
  --data-dir <dir>       PGlite data directory [GIGMARKET_DATA_DIR] (default .data/gigmarket)
  --token-secret <s>     secret that signs bearer tokens [GIGMARKET_TOKEN_SECRET] (default: generated, kept in the database)
  --no-sandbox           disable the sandbox clock operations [GIGMARKET_SANDBOX=false]
  --no-seed              do not seed the demo city on first start [GIGMARKET_SEED=false]
  --region <code>        GB/T 2260 region whose rules apply [GIGMARKET_REGION] (default 330110)
  --rate-limit <n>       requests per minute per client [GIGMARKET_RATE_LIMIT] (default 600)
  --worker-interval <s>  seconds between background rounds [GIGMARKET_WORKER_INTERVAL] (default 2)
  --log-level <level>    pino log level [LOG_LEVEL] (default info)
  --rules <file.json>    the city's rule overrides, {"source": "…", "values": {…}} [GIGMARKET_RULES];
                         checked at start (unknown rule names and wrong kinds are refused)
  -h, --help             show this help
`;

const bool = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : !/^(0|false|no|off)$/i.test(value);

/** Reads flags and environment; throws with a clear message on a bad value. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv): ReferenceServerConfig | 'help' {
  const { values } = parseArgs({
    // pnpm passes the `--` separator of `pnpm start -- --port 9000` through.
    args: argv.filter((arg) => arg !== '--'),
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      'token-secret': { type: 'string' },
      'no-sandbox': { type: 'boolean' },
      'no-seed': { type: 'boolean' },
      region: { type: 'string' },
      'rate-limit': { type: 'string' },
      'worker-interval': { type: 'string' },
      'log-level': { type: 'string' },
      rules: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) return 'help';
  const number = (name: string, raw: string | undefined, fallback: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got ${raw}`);
    return n;
  };
  const region = values.region ?? env.GIGMARKET_REGION ?? '330110';
  if (!/^\d{6}$/.test(region)) throw new Error(`--region must be a 6-digit GB/T 2260 code, got ${region}`);
  return {
    port: number('port', values.port ?? env.PORT, 8080),
    host: values.host ?? env.HOST ?? '127.0.0.1',
    databaseUrl: values['database-url'] ?? env.DATABASE_URL ?? undefined,
    dataDir: values['data-dir'] ?? env.GIGMARKET_DATA_DIR ?? '.data/gigmarket',
    tokenSecret: values['token-secret'] ?? env.GIGMARKET_TOKEN_SECRET ?? undefined,
    sandbox: values['no-sandbox'] ? false : bool(env.GIGMARKET_SANDBOX, true),
    seed: values['no-seed'] ? false : bool(env.GIGMARKET_SEED, true),
    region,
    rateLimitPerMinute: number('rate-limit', values['rate-limit'] ?? env.GIGMARKET_RATE_LIMIT, 600),
    workerIntervalSeconds: number(
      'worker-interval',
      values['worker-interval'] ?? env.GIGMARKET_WORKER_INTERVAL,
      2,
    ),
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
    rulesFile: values.rules ?? env.GIGMARKET_RULES ?? undefined,
  };
}
