import { DEMO_CLIENTS } from '@gigmarket/server';
import pino from 'pino';
import { HELP, readConfig } from './config.js';
import { startServer } from './server.js';

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (config === 'help') {
  process.stdout.write(HELP);
  process.exit(0);
}

const logger = pino({ level: config.logLevel });
const server = await startServer(config, (level, entry, message) => logger[level](entry, message));

const lines = [
  '',
  `Gig Market Standard reference server on ${server.engine === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}`,
  `  API:            ${server.url}/v1`,
  `  API reference:  ${server.url}/docs`,
  server.seeded
    ? `  Seeded the demo city in ${server.seeded.seconds} s: ${server.seeded.gigMarkets} gig markets, ${server.seeded.employers} employers, ${server.seeded.workers} workers, ${server.seeded.jobs} jobs`
    : '  Existing data kept (no seed)',
  '',
  'Demo credentials (X-Api-Key, or OAuth client id / secret at POST /v1/oauth/token):',
  ...DEMO_CLIENTS.map(
    (c) => `  ${c.role.padEnd(16)} ${c.apiKey?.padEnd(26)} ${c.clientId} / ${c.clientSecret}`,
  ),
  '',
  `Try: curl -H 'X-Api-Key: gm_demo_platform' ${server.url}/v1/gig-markets?near=120.30,30.42`,
  '',
];
process.stdout.write(lines.join('\n'));

let shuttingDown = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'draining and shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: String(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
