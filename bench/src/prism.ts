/**
 * The baseline: Stoplight Prism's mock (`prism mock`) of the multi-file spec, as a child process on a
 * loopback port. Prism answers from the spec's examples without any storage, so it is the cost of
 * "HTTP + the spec" that the server's answers are compared with.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SPEC = fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url));
const PRISM = fileURLToPath(new URL('../node_modules/.bin/prism', import.meta.url));

/** A free loopback port (Prism takes a port number, not 0). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A running Prism mock and how to stop it. */
export interface PrismMock {
  url: string;
  stop(): Promise<void>;
}

/** Starts `prism mock` on the spec and waits (up to 2 minutes) until it listens. */
export async function startPrism(): Promise<PrismMock> {
  const port = await freePort();
  const child = spawn(PRISM, ['mock', '-h', '127.0.0.1', '-p', String(port), SPEC], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prism did not start:\n${log.slice(-2000)}`)), 120_000);
    const watch = (chunk: Buffer) => {
      log += chunk.toString();
      if (/listening on/i.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited with ${code}:\n${log.slice(-2000)}`));
    });
  });
  // Keep draining its per-request log lines, or Prism blocks on a full pipe.
  child.stdout.removeAllListeners('data').resume();
  child.stderr.removeAllListeners('data').resume();
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
