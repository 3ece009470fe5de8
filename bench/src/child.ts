/**
 * Starts the bench server (serve.ts) or Prism as child processes and stops them by their own
 * handles, never by name. TypeScript runs through tsx with the workspace's source condition, so the
 * server under test is the checked-out source, not a stale build.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SeededCity } from './seed.js';

/** What serve.ts reports once it listens. */
export interface ServerReady {
  url: string;
  engine: 'pglite' | 'postgres';
  city: SeededCity;
  seedSeconds: number;
}

/** A running bench server and how to stop it. */
export interface BenchServer extends ServerReady {
  stop(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Forks serve.ts with `env` and waits (up to 15 minutes, seeding included) until it listens. */
export async function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const child: ChildProcess = fork(SERVE, [], {
    execArgv: ['--conditions=@gigmarket/source', '--import', 'tsx'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bench server did not start in 15 minutes')), 900_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as ServerReady);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench server exited with ${code} before listening`));
    });
  });
  return {
    ...ready,
    stop: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send('close');
      }),
  };
}
