import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One delivery as it reached the receiver: raw body (for signature checks) and headers. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: the envelope is checked field by field
  event: any;
  answered: number;
}

/**
 * A webhook receiver on loopback run by the kit (conformance.md level 3). It records every
 * delivery, answers 204, or 500 to the first `failFirst` deliveries so that retries can be seen.
 */
export async function startReceiver(host = '127.0.0.1') {
  const received: ReceivedWebhook[] = [];
  const waiters = new Set<() => void>();
  let failuresLeft = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answered = failuresLeft > 0 ? 500 : 204;
      if (failuresLeft > 0) failuresLeft -= 1;
      let event: unknown;
      try {
        event = JSON.parse(body);
      } catch {
        event = undefined;
      }
      received.push({ headers: req.headers, body, event, answered });
      res.writeHead(answered).end();
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/webhooks`,
    received,
    /** Answers 500 to the next `n` deliveries. */
    failNext: (n: number) => {
      failuresLeft = n;
    },
    /** Resolves with the first delivery matching `match`, or undefined after `timeoutMs`. */
    waitFor(match: (w: ReceivedWebhook) => boolean, timeoutMs: number): Promise<ReceivedWebhook | undefined> {
      return new Promise((resolve) => {
        const check = () => {
          const hit = received.find(match);
          if (!hit) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(undefined);
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
